package uk.raa.children.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SSDA903 import jobs. */
@ConfigMapping(prefix = "raa.imports")
public interface ImportConfig {

    /** How often a worker looks for queued jobs. */
    @WithDefault("2s")
    String pollEvery();

    /** A job claimed longer ago than this whose worker has not finished it is claimed again. */
    @WithDefault("30")
    int staleMinutes();

    /** A job is not claimed again after this many attempts. */
    @WithDefault("3")
    int maxAttempts();

    /**
     * Children applied in one transaction (one commit); a run that fails is applied again child by child. 1 gives
     * one transaction per child.
     */
    @WithDefault("50")
    int childrenPerTransaction();
}
