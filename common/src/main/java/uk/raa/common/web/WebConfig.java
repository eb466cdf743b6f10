package uk.raa.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "raa.http")
public interface WebConfig {

    /** Largest JSON body accepted, in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Path prefixes that accept large uploads (file imports); they rely on Vert.x's own limit. */
    @WithDefault("/none")
    List<String> uploadPaths();
}
