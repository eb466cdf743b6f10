package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.raa.adopters.domain.entity.HouseholdMatchLink;

/** Which councils may see which households' match profiles. */
@ApplicationScoped
public class HouseholdMatchLinkRepository implements PanacheRepositoryBase<HouseholdMatchLink, HouseholdMatchLink.Key> {
}
