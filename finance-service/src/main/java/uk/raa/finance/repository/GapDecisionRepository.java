package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.entity.GapDecision;

/** Board decisions on joiners' gaps. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class GapDecisionRepository implements PanacheRepositoryBase<GapDecision, UUID> {

    public Optional<GapDecision> of(String agency, String joiner, int year) {
        return find("agency = ?1 and joiner = ?2 and year = ?3", agency, joiner, year).firstResultOptional();
    }

    public List<GapDecision> forYear(String agency, int year) {
        return list("agency = ?1 and year = ?2 order by joiner", agency, year);
    }

    public List<GapDecision> forAgency(String agency) {
        return list("agency = ?1 order by year, joiner", agency);
    }
}
