package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.finance.domain.entity.Adjustment;

/** Corrections to closed years, posted in later open years. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class AdjustmentRepository implements PanacheRepositoryBase<Adjustment, UUID> {

    public List<Adjustment> postedIn(String agency, int year) {
        return list("agency = ?1 and postedInYear = ?2 order by recordedAt, id", agency, year);
    }
}
