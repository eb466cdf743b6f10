package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import uk.raa.adopters.domain.entity.HouseholdAddress;

/** Home addresses; agency staff only (row-level security). */
@ApplicationScoped
public class HouseholdAddressRepository implements PanacheRepositoryBase<HouseholdAddress, UUID> {

    public Optional<HouseholdAddress> ofHousehold(UUID householdId, String agency) {
        return find("householdId = ?1 and agency = ?2", householdId, agency).firstResultOptional();
    }
}
