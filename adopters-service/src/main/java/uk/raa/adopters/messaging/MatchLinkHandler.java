package uk.raa.adopters.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.raa.adopters.service.HouseholdMatchLinks;
import uk.raa.common.events.EventEnvelope;
import uk.raa.common.events.EventHandler;
import uk.raa.common.events.ParkEvent;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.MembershipDirectory;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;

/**
 * Keeps {@code household_match_link} from matching-service's match events, which decide which councils may see a
 * household's match profile: a match decision links the household to the children's authority, a placement to every
 * placed child's authority, a disruption or withdrawal ends every link of the match.
 * <p>
 * Households belong to the agency, so the links are written in the agency's scope (the envelope's agency, no
 * authority) even when the event names the children's authority. A match decision for children of several
 * authorities carries no single authority; its links are made when the placement names each child's authority.
 */
@ApplicationScoped
public class MatchLinkHandler implements EventHandler {

    public static final String DECISION_RECORDED = "match.decision-recorded.v1";
    public static final String PLACEMENT_STARTED = "match.placement-started.v1";
    public static final String DISRUPTED = "match.disrupted.v1";
    public static final String WITHDRAWN = "match.withdrawn.v1";

    /** The members of the match events this handler reads; unknown members are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MatchData(UUID matchId, UUID householdId, List<PlacedChild> children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlacedChild(UUID childId, String authority) {
    }

    private final HouseholdMatchLinks links;
    private final ScopeContext scopes;
    private final MembershipDirectory membership;

    public MatchLinkHandler(HouseholdMatchLinks links, ScopeContext scopes, MembershipDirectory membership) {
        this.links = links;
        this.scopes = scopes;
        this.membership = membership;
    }

    @Override
    public Set<String> types() {
        return Set.of(DECISION_RECORDED, PLACEMENT_STARTED, DISRUPTED, WITHDRAWN);
    }

    @Override
    public String name() {
        return "household-match-links";
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.agency() == null) {
            throw new ParkEvent("a match event must carry its agency");
        }
        MatchData data = event.dataAs(MatchData.class);
        if (data.matchId() == null || !data.matchId().toString().equals(event.subject())) {
            throw new ParkEvent("data.matchId must be the event's subject");
        }
        TenantScope agencyScope = TenantScope.system("consumer adopters.household-match-links", null, event.agency(),
                membership.authoritiesEverIn(event.agency()));
        try {
            scopes.runAs(agencyScope, () -> apply(event, data));
        } catch (ProblemException refused) {
            throw new ParkEvent("match event cannot be applied: " + refused.toProblem().detail());
        }
    }

    private void apply(EventEnvelope event, MatchData data) {
        switch (event.type()) {
            case DISRUPTED, WITHDRAWN -> links.endMatch(data.matchId());
            case DECISION_RECORDED, PLACEMENT_STARTED -> {
                if (data.householdId() == null) {
                    throw new ParkEvent("data.householdId is required");
                }
                Set<String> authorities = new LinkedHashSet<>();
                if (event.authority() != null) {
                    authorities.add(event.authority());
                }
                if (data.children() != null) {
                    data.children().stream().map(PlacedChild::authority).filter(a -> a != null)
                            .forEach(authorities::add);
                }
                for (String authority : authorities) {
                    links.recordLink(data.householdId(), authority, data.matchId(), true);
                }
            }
            default -> throw new ParkEvent("not a match event this handler takes: " + event.type());
        }
    }
}
