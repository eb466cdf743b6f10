package uk.raa.common.testing;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Direct access to the real broker for tests: publish raw bytes (duplicates, out-of-order, poison) to the event
 * exchange with publisher confirms, and read dead-letter queues. Connects to localhost:5672 as guest unless the
 * {@code rabbitmq-host}/{@code rabbitmq-port} system properties say otherwise.
 */
public final class EventBroker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    public EventBroker() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(System.getProperty("rabbitmq-host", "localhost"));
            factory.setPort(Integer.getInteger("rabbitmq-port", 5672));
            factory.setUsername("guest");
            factory.setPassword("guest");
            connection = factory.newConnection("raa-test-broker");
            channel = connection.createChannel();
            channel.confirmSelect();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ", e);
        }
    }

    /** Publishes a body as-is under a routing key, and waits for the broker's confirm. */
    public void publish(String exchange, String routingKey, String contentType, String body) {
        try {
            channel.basicPublish(exchange, routingKey, new AMQP.BasicProperties.Builder().contentType(contentType)
                    .deliveryMode(2).build(), body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5000);
        } catch (IOException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    /** Takes the next message from a queue, if any. */
    public String take(String queue) {
        try {
            GetResponse response = channel.basicGet(queue, true);
            return response == null ? null : new String(response.getBody(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("basic.get failed", e);
        }
    }

    public void purge(String queue) {
        try {
            channel.queuePurge(queue);
        } catch (IOException e) {
            throw new IllegalStateException("purge failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds or the time is up (then fails with the description). */
    public static void await(String description, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + description);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + description);
            }
        }
    }
}
