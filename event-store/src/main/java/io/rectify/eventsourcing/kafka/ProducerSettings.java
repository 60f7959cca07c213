package io.rectify.eventsourcing.kafka;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Settings of the producers this platform creates itself (outbox relay, dead letters): the
 * service's Kafka configuration ({@code kafka.*}, e.g. KAFKA_BOOTSTRAP_SERVERS and any security
 * settings), string keys, byte values, and the delivery guarantees event publication needs.
 */
public final class ProducerSettings {

    private ProducerSettings() {
    }

    public static Map<String, Object> reliable(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> settings = only(kafkaConfig, ProducerConfig.configNames());
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // order per key survives retries only with idempotence and acknowledgements from all replicas
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return settings;
    }

    /** The service's Kafka configuration reduced to what one kind of client understands. */
    public static Map<String, Object> only(Map<String, Object> kafkaConfig, Set<String> clientConfigNames) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (clientConfigNames.contains(key)) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
