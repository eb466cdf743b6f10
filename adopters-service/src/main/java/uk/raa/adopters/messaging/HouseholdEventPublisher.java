package uk.raa.adopters.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.common.events.Outbox;

/**
 * Writes {@code household.profile-changed.v1} to the outbox in the caller's transaction, so the event goes out if and
 * only if the change commits. Envelope: subject = household id, agency = the household's agency, no authority.
 */
@ApplicationScoped
public class HouseholdEventPublisher {

    private final Outbox outbox;

    public HouseholdEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes when the household's published profile differs from {@code before} (its profile before the change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishIfChanged(Optional<HouseholdEvents.ProfileChanged> before, HouseholdEntity after) {
        HouseholdEvents.change(before, HouseholdEvents.profileOf(after)).ifPresent(data -> outbox.publish(
                HouseholdEvents.PROFILE_CHANGED, HouseholdEvents.AGGREGATE, after.id().toString(), null,
                after.agency(), data));
    }
}
