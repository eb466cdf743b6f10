package uk.raa.common.events.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.Set;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;

/**
 * Keeps the {@code membership} projection in step with finance-service's {@code partnership.membership-changed.v1}:
 * one row per (agency, authority, from); a later event for the same period sets or changes its end date.
 */
@ApplicationScoped
public class MembershipChangedHandler implements EventHandler {

    public static final String TYPE = "partnership.membership-changed.v1";

    /** The payload: the authority is (or was) a member of the agency from {@code from} to {@code to} (open if null). */
    public record MembershipChanged(String agency, String authority, LocalDate from, LocalDate to) {
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<MembershipProjection> projection;

    public MembershipChangedHandler(EntityManager em, TransactionSynchronizationRegistry transactions,
            Instance<MembershipProjection> projection) {
        this.em = em;
        this.transactions = transactions;
        this.projection = projection;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public void handle(EventEnvelope event) {
        MembershipChanged change = event.dataAs(MembershipChanged.class);
        if (blank(change.agency()) || blank(change.authority()) || change.from() == null) {
            throw new ParkEvent("agency, authority and from are required");
        }
        if (change.to() != null && change.to().isBefore(change.from())) {
            throw new ParkEvent("to must not be before from");
        }
        if (event.authority() != null && !event.authority().equals(change.authority())) {
            throw new ParkEvent("the envelope's authority differs from data.authority");
        }
        em.createNativeQuery("insert into membership (agency, authority, member_from, member_to)"
                        + " values (?1, ?2, ?3, ?4) on conflict (agency, authority, member_from)"
                        + " do update set member_to = excluded.member_to, updated_at = now()")
                .setParameter(1, change.agency()).setParameter(2, change.authority())
                .setParameter(3, change.from()).setParameter(4, change.to())
                .executeUpdate();
        if (projection.isResolvable()) {
            MembershipProjection cache = projection.get();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.invalidate();
                    }
                }
            });
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
