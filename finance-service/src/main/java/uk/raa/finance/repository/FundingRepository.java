package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.contribution.FundingKind;
import uk.raa.finance.domain.entity.FundingAllocation;

/** Grant and transitional funding allocations. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class FundingRepository implements PanacheRepositoryBase<FundingAllocation, UUID> {

    public Optional<FundingAllocation> of(String agency, FundingKind kind, int year, String joiner) {
        return find("agency = ?1 and kind = ?2 and year = ?3 and joiner = ?4", agency, kind, year, joiner)
                .firstResultOptional();
    }

    public List<FundingAllocation> forYear(String agency, int year) {
        return list("agency = ?1 and year = ?2 order by joiner, kind", agency, year);
    }

    public List<FundingAllocation> forAgency(String agency) {
        return list("agency = ?1 order by year, joiner, kind", agency);
    }
}
