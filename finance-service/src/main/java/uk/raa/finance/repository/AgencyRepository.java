package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.raa.finance.domain.entity.Agency;

/** Agencies. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public Optional<Agency> findByCode(String agency) {
        return find("code = ?1", agency).firstResultOptional();
    }
}
