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
}
