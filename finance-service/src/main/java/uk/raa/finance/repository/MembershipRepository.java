package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.entity.Membership;

/** Membership periods of an agency's members. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public List<Membership> forAgency(String agency) {
        return list("agency = ?1 order by fromDate, authority", agency);
    }

    public Optional<Membership> of(String agency, String authority) {
        return find("agency = ?1 and authority = ?2", agency, authority).firstResultOptional();
    }
}
