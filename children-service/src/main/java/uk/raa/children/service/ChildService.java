package uk.raa.children.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.raa.children.domain.Child;
import uk.raa.children.domain.ChildDetails;
import uk.raa.children.domain.EthnicityCodes;
import uk.raa.children.repository.ChildRepository;
import uk.raa.common.audit.AuditAction;
import uk.raa.common.audit.AuditTrail;
import uk.raa.common.audit.Purpose;
import uk.raa.common.paging.Page;
import uk.raa.common.paging.PageRequest;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.tenancy.TenantScoped;
import uk.raa.common.write.ETags;
import uk.raa.common.write.IdempotentCreates;

/** Registering, reading and updating children, in the caller's scope, audited. */
@ApplicationScoped
@Transactional
@TenantScoped
public class ChildService {

    public static final String RECORD_TYPE = "child";

    private final ChildRepository children;
    private final ScopeContext scopes;
    private final AuditTrail audit;
    private final IdempotentCreates idempotency;
    private final Clock clock;

    public ChildService(ChildRepository children, ScopeContext scopes, AuditTrail audit, IdempotentCreates idempotency,
            Clock clock) {
        this.children = children;
        this.scopes = scopes;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** A new child for the caller's own authority. Returns the child and whether this was an idempotent replay. */
    public Registration register(String childReference, ChildDetails details, String idempotencyKey, Object request) {
        TenantScope scope = scopes.current();
        String authority = requireAuthority(scope);
        check(details);
        IdempotentCreates.Outcome outcome = idempotency.create(idempotencyKey, "register-child", request, () -> {
            if (children.findByReference(authority, childReference).isPresent()) {
                throw ProblemException.conflict("Your authority already has a child with this childReference; "
                        + "update it with PUT /api/children/by-reference/{childReference}.");
            }
            Child child = new Child(UUID.randomUUID(), authority, childReference, details, now());
            children.persist(child);
            return child.id().toString();
        });
        Child child = children.findInScope(UUID.fromString(outcome.id()), scope)
                .orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        audit.record(outcome.replayed() ? AuditAction.READ : AuditAction.CREATE, RECORD_TYPE, child.id().toString(),
                Purpose.CASE_WORK);
        return new Registration(child, outcome.replayed());
    }

    /** Case systems' upsert by their own reference: creates, or updates when If-Match names the current version. */
    public Registration upsertByReference(String childReference, ChildDetails details, String ifMatch) {
        TenantScope scope = scopes.current();
        String authority = requireAuthority(scope);
        check(details);
        var existing = children.findByReference(authority, childReference);
        if (existing.isEmpty()) {
            Child child = new Child(UUID.randomUUID(), authority, childReference, details, now());
            children.persist(child);
            audit.record(AuditAction.CREATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
            return new Registration(child, false);
        }
        Child child = existing.get();
        ETags.requireMatch(ifMatch, child.version());
        child.apply(details, now());
        children.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return new Registration(child, true);
    }

    public Child get(UUID id) {
        Child child = children.findInScope(id, scopes.current()).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        audit.record(AuditAction.READ, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return child;
    }

    public Page<Child> list(String authorityFilter, PageRequest page) {
        TenantScope scope = scopes.current();
        List<Child> items = children.pageInScope(scope, authorityFilter, page.page, page.size);
        long total = children.countInScope(scope, authorityFilter);
        audit.record(AuditAction.LIST, RECORD_TYPE, items.stream().map(c -> c.id().toString()).toList(),
                Purpose.CASE_WORK);
        return new Page<>(items, page.page, page.size, total);
    }

    public Child update(UUID id, ChildDetails details, String ifMatch) {
        Child child = children.findInScope(id, scopes.current()).orElseThrow(() -> ProblemException.notFound(RECORD_TYPE));
        ETags.requireMatch(ifMatch, child.version());
        check(details);
        child.apply(details, now());
        children.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, child.id().toString(), Purpose.CASE_WORK);
        return child;
    }

    /** The result of a create or upsert. */
    public record Registration(Child child, boolean existed) {
    }

    private String requireAuthority(TenantScope scope) {
        if (scope.authority() == null) {
            throw ProblemException.forbidden("Children are registered by their own authority's principals.");
        }
        return scope.authority();
    }

    private void check(ChildDetails details) {
        if (!EthnicityCodes.isKnownCode(details.ethnicity())) {
            throw ProblemException.validation("ethnicity", "dfe-ethnicity-code",
                    "must be a DfE ethnicity code such as WBRI, MWBC or REFU");
        }
        if (details.dateOfBirth().isAfter(java.time.LocalDate.now(clock))) {
            throw ProblemException.validation("dateOfBirth", "not-future", "must not be in the future");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
