package uk.raa.common.audit;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import uk.raa.common.problem.ProblemException;
import uk.raa.common.tenancy.ScopeContext;
import uk.raa.common.tenancy.TenantScope;
import uk.raa.common.web.RequestIds;

/**
 * Writes the append-only audit trail: who, what record, what action, why, when, request id - never the content.
 * The row is written in the caller's transaction, so if it cannot be written the whole operation fails and no data
 * is returned.
 */
@ApplicationScoped
public class AuditTrail {

    /** Separates record ids in the parameter handed to {@code string_to_array}; never appears in an id. */
    private static final String SEPARATOR = "\u001f";

    private final EntityManager em;
    private final ScopeContext scopes;
    private final Instance<HttpServerRequest> request;

    public AuditTrail(EntityManager em, ScopeContext scopes, Instance<HttpServerRequest> request) {
        this.em = em;
        this.scopes = scopes;
        this.request = request;
    }

    /** Records one access to a set of records (one row for a whole list or search). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, Collection<String> recordIds, Purpose defaultPurpose) {
        TenantScope scope = scopes.current();
        Purpose purpose = purpose(defaultPurpose);
        em.createNativeQuery("insert into audit_event (actor, authority, agency, action, record_type, record_ids,"
                        + " purpose, request_id) values (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ?7), ?8, ?9)")
                .setParameter(1, scope.actor())
                .setParameter(2, scope.authority())
                .setParameter(3, scope.agency())
                .setParameter(4, action.name())
                .setParameter(5, recordType)
                .setParameter(6, String.join(SEPARATOR, recordIds))
                .setParameter(7, SEPARATOR)
                .setParameter(8, purpose.code())
                .setParameter(9, RequestIds.current())
                .executeUpdate();
    }

    public void record(AuditAction action, String recordType, String recordId, Purpose defaultPurpose) {
        record(action, recordType, java.util.List.of(recordId), defaultPurpose);
    }

    /** The caller's declared purpose, when there is a request and it names one; otherwise the endpoint's default. */
    public Purpose purpose(Purpose defaultPurpose) {
        if (!Arc.container().requestContext().isActive() || !request.isResolvable()) {
            return defaultPurpose;
        }
        String given;
        try {
            given = request.get().getHeader(Purpose.HEADER);
        } catch (RuntimeException noRequest) {
            return defaultPurpose;
        }
        if (given == null || given.isBlank()) {
            return defaultPurpose;
        }
        return Purpose.fromCode(given.trim()).orElseThrow(() -> ProblemException.validation(Purpose.HEADER,
                "purpose", "must be one of: " + Purpose.allowed()));
    }
}
