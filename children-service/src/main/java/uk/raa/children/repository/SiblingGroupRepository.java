package uk.raa.children.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.SiblingGroup;
import uk.raa.common.tenancy.TenantScope;

@ApplicationScoped
public class SiblingGroupRepository implements PanacheRepositoryBase<SiblingGroup, UUID> {

    public java.util.List<SiblingGroup> allInScope(TenantScope scope) {
        return list("authority in ?1", scope.authorities());
    }

    public Optional<SiblingGroup> findInScope(UUID id, TenantScope scope) {
        return find("id = ?1 and authority in ?2", id, scope.authorities()).firstResultOptional();
    }
}
