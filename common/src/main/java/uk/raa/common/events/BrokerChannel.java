package uk.raa.common.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The relay's publishing channel: a plain AMQP connection in confirm mode. Separate from the consumer's connection
 * so a slow consumer never holds up publishing. One thread at a time (AMQP channels are not thread-safe).
 */
@ApplicationScoped
public class BrokerChannel {

    private static final Logger LOG = Logger.getLogger(BrokerChannel.class);

    /** One event ready to go: its routing key (the type), its id and the envelope's JSON. */
    public record Outgoing(String type, String eventId, String envelope) {
    }

    private final EventsConfig config;
    private final MeterRegistry metrics;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String service;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private Channel channel;

    public BrokerChannel(EventsConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "rabbitmq-host") String host, @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String username,
            @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "raa.service") String service) {
        this.config = config;
        this.metrics = metrics;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.service = service;
    }

    /**
     * Publishes the events (persistent, mandatory) and waits until the broker has confirmed every one. Throws if any
     * is refused or the confirms do not arrive in time; the caller then leaves them all unsent and retries later
     * (consumers' inboxes absorb the duplicates).
     */
    public void publishConfirmed(List<Outgoing> events) throws IOException, InterruptedException, TimeoutException {
        lock.lock();
        try {
            Channel ch = open();
            try {
                for (Outgoing event : events) {
                    AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                            .contentType("application/cloudevents+json")
                            .contentEncoding("UTF-8")
                            .deliveryMode(2)
                            .messageId(event.eventId())
                            .type(event.type())
                            .appId(service)
                            .build();
                    ch.basicPublish(config.exchange(), event.type(), true, props,
                            event.envelope().getBytes(StandardCharsets.UTF_8));
                }
                ch.waitForConfirmsOrDie(config.relay().confirmTimeout().toMillis());
            } catch (IOException | TimeoutException | RuntimeException e) {
                close();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private Channel open() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        close();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setConnectionTimeout((int) Duration.ofSeconds(5).toMillis());
        // The relay reconnects on its next run; automatic recovery would hide a lost confirm channel.
        factory.setAutomaticRecoveryEnabled(false);
        connection = factory.newConnection(service + "-outbox-relay");
        channel = connection.createChannel();
        channel.exchangeDeclare(config.exchange(), "topic", true);
        channel.confirmSelect();
        // mandatory=true: an event no queue is bound for comes back here. That is no loss (nobody subscribes to it),
        // but it is counted and logged so a missing binding is visible.
        channel.addReturnListener(returned -> {
            metrics.counter("raa.events.unroutable", "type", returned.getRoutingKey()).increment();
            LOG.warnf("event %s of type %s reached no queue", returned.getProperties().getMessageId(),
                    returned.getRoutingKey());
        });
        return channel;
    }

    @PreDestroy
    void close() {
        try {
            if (connection != null && connection.isOpen()) {
                connection.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("closing the relay's broker connection: %s", e.getClass().getSimpleName());
        }
        connection = null;
        channel = null;
    }
}
