package uk.raa.common.tenancy;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "raa.tenancy")
public interface TenancyConfig {

    /** Agency code to the authorities that are or were its members. */
    Map<String, List<String>> agencies();
}
