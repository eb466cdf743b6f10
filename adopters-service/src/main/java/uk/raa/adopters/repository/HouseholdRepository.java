package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.adopters.domain.entity.HouseholdEntity;

/**
 * Households, always filtered by the agency (and, for councils, by an active match link). Row-level security
 * enforces the same rules in PostgreSQL; the explicit filters keep intent visible and help the planner.
 */
@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<HouseholdEntity, UUID> {

    /** Filters for the agency's household list; null fields do not filter. */
    public record Filter(String state, String area, LocalDate approvedBefore) {
    }

    public Optional<HouseholdEntity> findForAgency(UUID id, String agency) {
        return find("id = ?1 and agency = ?2", id, agency).firstResultOptional();
    }

    /** Locks the household row so that concurrent steps are appended one after the other. */
    public Optional<HouseholdEntity> lockForAgency(UUID id, String agency) {
        return find("id = ?1 and agency = ?2", id, agency).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A household a council may see: linked to an active match with one of its children. */
    public Optional<HouseholdEntity> findLinkedTo(UUID id, String agency, String authority) {
        return find("select h from HouseholdEntity h where h.id = ?1 and h.agency = ?2 and exists (select 1 from "
                + "HouseholdMatchLink l where l.key.householdId = h.id and l.key.authority = ?3 and l.active = true)",
                id, agency, authority).firstResultOptional();
    }

    public Optional<HouseholdEntity> findByReference(String agency, String reference) {
        return find("agency = ?1 and reference = ?2", agency, reference).firstResultOptional();
    }

    public List<HouseholdEntity> page(String agency, Filter filter, int page, int size) {
        return query(agency, filter).page(Page.of(page, size)).list();
    }

    public long count(String agency, Filter filter) {
        return query(agency, filter).count();
    }

    public List<HouseholdEntity> allForAgency(String agency) {
        return list("agency = ?1", Sort.by("reference"), agency);
    }

    private PanacheQuery<HouseholdEntity> query(String agency, Filter filter) {
        List<String> clauses = new ArrayList<>();
        Parameters params = Parameters.with("agency", agency);
        clauses.add("agency = :agency");
        if (filter.state() != null) {
            clauses.add("processState = :state");
            params.and("state", filter.state());
        }
        if (filter.area() != null) {
            clauses.add("areaOfResidence = :area");
            params.and("area", filter.area());
        }
        if (filter.approvedBefore() != null) {
            clauses.add("processState = 'ADM_APPROVAL' and approvedOn < :approvedBefore");
            params.and("approvedBefore", filter.approvedBefore());
        }
        return find(String.join(" and ", clauses), Sort.by("reference").and("id"), params);
    }
}
