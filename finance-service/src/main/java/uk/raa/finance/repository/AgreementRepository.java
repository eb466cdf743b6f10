package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.entity.YearAgreement;

/** Agreement terms per financial year. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<YearAgreement, UUID> {

    public Optional<YearAgreement> of(String agency, int year) {
        return find("agency = ?1 and year = ?2", agency, year).firstResultOptional();
    }

    public List<YearAgreement> forAgency(String agency) {
        return list("agency = ?1 order by year", agency);
    }
}
