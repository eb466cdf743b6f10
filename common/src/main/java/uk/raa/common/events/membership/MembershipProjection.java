package uk.raa.common.events.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.raa.common.tenancy.MembershipDirectory;

/**
 * Membership from this service's {@code membership} table, the projection of finance-service's
 * {@code partnership.membership-changed.v1} events (founders seeded by migration). Replaces the configured
 * membership unless {@code raa.membership.source=config} (a build-time choice).
 * <p>
 * Every request's scope is computed from it, so the whole (small) table is cached in memory. The consumer on this
 * replica clears the cache when a change commits; other replicas of the service, which share the queue and so do
 * not see that event, pick the change up when their copy expires ({@code raa.membership.cache-ttl}).
 */
@ApplicationScoped
@IfBuildProperty(name = "raa.membership.source", stringValue = "projection", enableIfMissing = true)
public class MembershipProjection implements MembershipDirectory {

    /** One membership period; {@code to} is {@code null} while it lasts. */
    public record MembershipPeriod(String agency, String authority, LocalDate from, LocalDate to) {

        boolean coversDate(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    private record Snapshot(List<MembershipPeriod> periods, Instant loadedAt) {
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    public MembershipProjection(AgroalDataSource dataSource, Clock clock,
            @ConfigProperty(name = "raa.membership.cache-ttl", defaultValue = "PT1M") Duration ttl) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Set<String> authoritiesEverIn(String agency) {
        return periods().stream().filter(p -> p.agency().equals(agency)).map(MembershipPeriod::authority)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The agency the authority belongs to today; otherwise the one it joined most recently (past or future). */
    @Override
    public Optional<String> agencyOf(String authority) {
        LocalDate today = LocalDate.now(clock);
        List<MembershipPeriod> own = periods().stream().filter(p -> p.authority().equals(authority)).toList();
        return own.stream().filter(p -> p.coversDate(today)).map(MembershipPeriod::agency).findFirst()
                .or(() -> own.stream().max(Comparator.comparing(MembershipPeriod::from)).map(MembershipPeriod::agency));
    }

    /** Every period, for operators and for services that need dates (inter-agency fees, scorecards). */
    public List<MembershipPeriod> periods() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(ttl).isBefore(clock.instant())) {
            current = new Snapshot(load(), clock.instant());
            snapshot = current;
        }
        return current.periods();
    }

    /** Drops the cached copy; the next call reads the table. */
    public void invalidate() {
        snapshot = null;
    }

    private List<MembershipPeriod> load() {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select agency, authority, member_from, member_to from membership order by agency, authority,"
                                + " member_from")) {
            List<MembershipPeriod> periods = new ArrayList<>();
            while (rs.next()) {
                Date to = rs.getDate(4);
                periods.add(new MembershipPeriod(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        to == null ? null : to.toLocalDate()));
            }
            return List.copyOf(periods);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the membership projection", e);
        }
    }
}
