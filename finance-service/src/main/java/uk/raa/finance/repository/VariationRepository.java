package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.raa.finance.domain.entity.MembershipVariation;

/** Deeds of Variation. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class VariationRepository implements PanacheRepositoryBase<MembershipVariation, UUID> {

    public Optional<MembershipVariation> findInAgency(UUID id, String agency) {
        return find("id = ?1 and agency = ?2", id, agency).firstResultOptional();
    }

    public List<MembershipVariation> forAgency(String agency) {
        return list("agency = ?1 order by proposedAt desc, id", agency);
    }

    public Optional<MembershipVariation> openFor(String agency, String authority) {
        return find("agency = ?1 and authority = ?2 and status = ?3", agency, authority,
                MembershipVariation.Status.AWAITING_CONSENTS).firstResultOptional();
    }
}
