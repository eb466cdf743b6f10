package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.finance.domain.entity.ScheduledFeeRate;

/** The inter-agency fee schedule. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class FeeRateRepository implements PanacheRepositoryBase<ScheduledFeeRate, UUID> {

    public List<ScheduledFeeRate> forAgency(String agency) {
        return list("agency = ?1 order by effectiveFrom, otherAgencyType, siblingPosition", agency);
    }
}
