package uk.raa.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.raa.common.events.membership.MembershipProjection;
import uk.raa.matching.domain.interagency.MembershipPeriod;

/**
 * The partnership on each date, from common's membership projection (kept by partnership.membership-changed.v1),
 * as the inter-agency rules read it.
 */
@ApplicationScoped
public class MembershipRepository {

    private final MembershipProjection membership;

    public MembershipRepository(MembershipProjection membership) {
        this.membership = membership;
    }

    public List<MembershipPeriod> periods(String agency) {
        return membership.periods().stream().filter(p -> p.agency().equals(agency))
                .map(p -> new MembershipPeriod(p.authority(), p.from(), p.to())).toList();
    }
}
