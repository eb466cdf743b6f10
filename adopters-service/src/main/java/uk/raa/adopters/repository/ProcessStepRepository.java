package uk.raa.adopters.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.adopters.domain.entity.ProcessStepEntity;

/** The append-only process steps, in recorded order. */
@ApplicationScoped
public class ProcessStepRepository implements PanacheRepositoryBase<ProcessStepEntity, UUID> {

    public List<ProcessStepEntity> ofHousehold(UUID householdId, String agency) {
        return list("householdId = ?1 and agency = ?2", Sort.by("sequence"), householdId, agency);
    }

    public List<ProcessStepEntity> allForAgency(String agency) {
        return list("agency = ?1", Sort.by("householdId").and("sequence"), agency);
    }
}
