package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.adopters.domain.entity.AdopterEntity;

/** Adopters' restricted details; only agency staff can read them (row-level security). */
@ApplicationScoped
public class AdopterRepository implements PanacheRepositoryBase<AdopterEntity, UUID> {

    public List<AdopterEntity> ofHousehold(UUID householdId, String agency) {
        return list("householdId = ?1 and agency = ?2", Sort.by("position"), householdId, agency);
    }

    public List<AdopterEntity> allForAgency(String agency) {
        return list("agency = ?1", Sort.by("householdId").and("position"), agency);
    }
}
