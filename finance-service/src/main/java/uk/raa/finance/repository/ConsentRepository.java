package uk.raa.finance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.raa.finance.domain.entity.VariationConsent;

/** Consents to Deeds of Variation. Always filtered by agency; row-level security enforces the same in PostgreSQL. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<VariationConsent, UUID> {

    public List<VariationConsent> forVariation(UUID variationId, String agency) {
        return list("variationId = ?1 and agency = ?2 order by recordedAt, authority", variationId, agency);
    }

    public List<VariationConsent> forVariations(List<UUID> variationIds, String agency) {
        if (variationIds.isEmpty()) {
            return List.of();
        }
        return list("variationId in ?1 and agency = ?2 order by recordedAt, authority", variationIds, agency);
    }
}
