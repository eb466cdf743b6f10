package uk.raa.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "raa.events")
public interface EventsConfig {

    /** The topic exchange every event goes to (declared durable). */
    String exchange();

    /** This service's CloudEvents {@code source}, e.g. {@code /children-service}. */
    String source();

    Relay relay();

    Inbox inbox();

    Reconcile reconcile();

    interface Relay {
        /** Whether the scheduled relay runs; {@link OutboxRelay#relayNow()} works either way. */
        @WithDefault("true")
        boolean enabled();

        /** How often the scheduled relay looks for unsent events. */
        @WithDefault("1s")
        String every();

        @WithDefault("100")
        int batchSize();

        /** How long to wait for the broker to confirm a batch before giving up on it (it is retried). */
        @WithDefault("PT10S")
        Duration confirmTimeout();
    }

    interface Inbox {
        /** How long an event may wait for a missing earlier one before the gap is reported and a resend requested. */
        @WithDefault("PT5M")
        Duration gapTimeout();

        /** How often held events are checked against {@link #gapTimeout()}. */
        @WithDefault("30s")
        String gapCheckEvery();
    }

    /** Reconciliation of projections with their owners (docs/events.md "Reconciliation"). */
    interface Reconcile {
        /** Whether the scheduled run happens; {@link EventReconciler#runNow()} works either way. */
        @WithDefault("true")
        boolean enabled();

        /** How often a service publishes its watermarks and compares its projections with their owners'. */
        @WithDefault("1h")
        String every();

        /** Aggregates per watermark event and per comparison query. */
        @WithDefault("500")
        int pageSize();

        /** Resend requests for one missing range before it is reported as unrepairable. */
        @WithDefault("3")
        int maxAttempts();

        /** Resend requests one run may publish; aggregates beyond it stay reported as behind until the next run. */
        @WithDefault("1000")
        int maxResendsPerRun();

        /**
         * Tolerance for clocks and in-flight events: a consumer's position is judged ahead of, or unknown to, its
         * owner only if it last moved this long before the owner's watermark cycle began.
         */
        @WithDefault("PT5M")
        Duration settleTime();
    }
}
