package uk.raa.adopters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.raa.adopters.domain.entity.HouseholdEntity;
import uk.raa.adopters.domain.entity.HouseholdMatchLink;
import uk.raa.adopters.repository.HouseholdMatchLinkRepository;
import uk.raa.adopters.repository.HouseholdRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;

/**
 * Which councils may see a household's match profile. matching-service's events drive it: a match decision or a
 * placement links the household to the child's authority; a disruption or withdrawal ends the link. The consumer
 * calls {@link #recordLink} inside {@code ScopeContext.runAs} with the event's agency scope
 * ({@code TenantScope.system(..., null, agency, ...)}): there is no request, and councils may not write links.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class HouseholdMatchLinks {

    private final HouseholdRepository households;
    private final HouseholdMatchLinkRepository links;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final Clock clock;

    public HouseholdMatchLinks(HouseholdRepository households, HouseholdMatchLinkRepository links, ScopeContext scopes,
            AuditTrail audit, Clock clock) {
        this.households = households;
        this.links = links;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens ({@code active}) or closes the link between a household and the authority of a child in a match. Idempotent:
     * applying the same event twice leaves one row in the same state.
     *
     * @throws ProblemException 404 when the household is not in the scope's agency, 403 for a council scope
     */
    public void recordLink(UUID householdId, String authority, UUID matchId, boolean active) {
        TenantScope scope = scopes.current();
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Match links are recorded from the agency's own match events.");
        }
        HouseholdEntity household = households.findForAgency(householdId, scope.agency())
                .orElseThrow(() -> ProblemException.notFound(HouseholdService.RECORD_TYPE));
        HouseholdMatchLink.Key key = new HouseholdMatchLink.Key(household.id(), authority, matchId);
        HouseholdMatchLink link = links.findByIdOptional(key).orElse(null);
        if (link == null) {
            links.persist(new HouseholdMatchLink(household.id(), authority, matchId, scope.agency(), active,
                    clock.instant()));
        } else {
            link.setActive(active, clock.instant());
        }
        audit.record(AuditAction.CONSUME, HouseholdService.RECORD_TYPE, household.id().toString(),
                Purpose.EVENT_PROCESSING);
    }

    /** Ends every link of a match (disrupted or withdrawn): no council sees the household through it any more. */
    public void endMatch(UUID matchId) {
        TenantScope scope = scopes.current();
        if (!scope.isAgencyStaff()) {
            throw ProblemException.forbidden("Match links are recorded from the agency's own match events.");
        }
        List<HouseholdMatchLink> ended = links.activeForMatch(matchId, scope.agency());
        ended.forEach(link -> link.setActive(false, clock.instant()));
        if (!ended.isEmpty()) {
            audit.record(AuditAction.CONSUME, HouseholdService.RECORD_TYPE,
                    ended.stream().map(l -> l.key().householdId().toString()).distinct().toList(),
                    Purpose.EVENT_PROCESSING);
        }
    }
}
