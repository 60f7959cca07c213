package io.rectify.eventsourcing.outbox;

import io.rectify.eventsourcing.kafka.ProducerSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The service owns its topics and creates them with the partitions the contract needs, before the
 * first event, so consumers are assigned partitions as soon as they start. An existing topic is
 * left as it is.
 */
final class OutboxTopics {

    private static final Logger LOG = Logger.getLogger(OutboxTopics.class);

    private final Set<String> topics;
    private final int partitions;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;

    OutboxTopics(Set<String> topics, int partitions, Map<String, Object> kafkaConfig, String clientId) {
        this.topics = topics;
        this.partitions = partitions;
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
    }

    /** Creates what is missing; fails (to be tried again) while the broker cannot be reached. */
    void create() throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, Object> settings = ProducerSettings.only(kafkaConfig, AdminClientConfig.configNames());
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(settings)) {
            List<NewTopic> missing = topics.stream()
                    .map(topic -> new NewTopic(topic, Optional.of(partitions), Optional.empty()))
                    .toList();
            for (var creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("created topic %s with %d partitions", creation.getKey(), partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
        }
    }
}
