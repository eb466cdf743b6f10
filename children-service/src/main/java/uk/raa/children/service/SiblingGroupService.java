package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.SiblingGroup;
import uk.raa.children.domain.SiblingPlan;
import uk.raa.children.repository.ChildRepository;
import uk.raa.children.repository.SiblingGroupRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.IdempotentCreates;

/** Sibling groups: children of one authority to be placed together, or apart with a recorded reason. */
@ApplicationScoped
@Transactional
@TenantScoped
public class SiblingGroupService {

    public static final String RECORD_TYPE = "sibling group";

    private final SiblingGroupRepository groups;
    private final ChildRepository children;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final ProfileEvents profiles;
    private final Clock clock;

    public SiblingGroupService(SiblingGroupRepository groups, ChildRepository children, ScopeContext scopes,
            AuditTrail audit, IdempotentCreates idempotency, ProfileEvents profiles, Clock clock) {
        this.groups = groups;
        this.children = children;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.profiles = profiles;
        this.clock = clock;
    }

    public record GroupView(SiblingGroup group, List<Child> members) {
    }

    public GroupView create(SiblingPlan plan, String apartReason, List<UUID> childIds, String idempotencyKey,
            Object request) {
        TenantScope scope = scopes.current();
        Set<UUID> ids = new LinkedHashSet<>(childIds);
        if (ids.size() < 2) {
            throw ProblemException.validation("childIds", "size", "must name at least two different children");
        }
        if (plan == SiblingPlan.APART && (apartReason == null || apartReason.isBlank())) {
            throw ProblemException.validation("apartReason", "required", "must say why the siblings are placed apart");
        }
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "create-sibling-group", request, () -> {
            String authority = null;
            for (UUID id : ids) {
                // A child outside the caller's scope is reported exactly like a missing one.
                Child child = children.findInScope(id, scope)
                        .orElseThrow(() -> ProblemException.validation("childIds", "unknown-child",
                                "must name children in your scope"));
                if (authority != null && !authority.equals(child.authority())) {
                    throw ProblemException.validation("childIds", "same-authority",
                            "must all belong to the same authority");
                }
                if (child.siblingGroupId() != null) {
                    throw ProblemException.conflict("A child named is already in a sibling group.");
                }
                authority = child.authority();
            }
            SiblingGroup group = new SiblingGroup(UUID.randomUUID(), authority, plan, apartReason, clock.instant());
            groups.persist(group);
            groups.flush();
            for (UUID id : ids) {
                Child child = children.findInScope(id, scope).orElseThrow();
                child.joinSiblingGroup(group.id(), clock.instant());
                children.flush();
                profiles.publish(child, scope);
            }
            return group.id().toString();
        });
        SiblingGroup group = groups.findInScope(UUID.fromString(outcome.id()), scope)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        List<Child> members = children.inSiblingGroup(group.id(), scope);
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, ChildService.RECORD_TYPE,
                members.stream().map(c -> c.id().toString()).toList(), Purpose.CASE_WORK);
        return new GroupView(group, members);
    }

    public GroupView get(UUID id) {
        TenantScope scope = scopes.current();
        SiblingGroup group = groups.findInScope(id, scope).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        List<Child> members = children.inSiblingGroup(group.id(), scope);
        audit.record(AuditAction.READ, ChildService.RECORD_TYPE, members.stream().map(c -> c.id().toString()).toList(),
                Purpose.CASE_WORK);
        return new GroupView(group, members);
    }
}
