package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.adopters.domain.entity.HouseholdMatchLink;

/** Which councils may see which households' match profiles. */
@ApplicationScoped
public class HouseholdMatchLinkRepository implements PanacheRepositoryBase<HouseholdMatchLink, HouseholdMatchLink.Key> {

    public List<HouseholdMatchLink> activeForMatch(UUID matchId, String agency) {
        return list("key.matchId = ?1 and agency = ?2 and active = true", matchId, agency);
    }
}
