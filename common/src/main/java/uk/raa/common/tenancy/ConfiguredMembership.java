package uk.raa.common.tenancy;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Membership from configuration ({@code raa.tenancy.agencies.<agency>=<authority>,...}). Used until a service keeps a
 * projection of finance-service's membership events, which then replaces this bean.
 */
@ApplicationScoped
@DefaultBean
public class ConfiguredMembership implements MembershipDirectory {

    private final TenancyConfig config;

    public ConfiguredMembership(TenancyConfig config) {
        this.config = config;
    }

    @Override
    public Set<String> authoritiesEverIn(String agency) {
        return Set.copyOf(config.agencies().getOrDefault(agency, java.util.List.of()));
    }

    @Override
    public Optional<String> agencyOf(String authority) {
        return config.agencies().entrySet().stream()
                .filter(e -> e.getValue().contains(authority))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
