package io.rectify.eventsourcing.asyncapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.Topics;
import io.rectify.contracts.audit.AuditEvent;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AsyncAPI 3.0 document of each service's topic, generated from the contract's sealed event
 * hierarchies when event-store is built ({@link #main}), so that it cannot drift from the code:
 * the channel, one message per event type with its CloudEvents headers (Kafka binary mode, as
 * {@link CloudEventsKafka} writes them) and the JSON Schema of its data. Each service serves its
 * own at {@code /q/asyncapi} ({@link AsyncApiRoute}).
 */
public final class AsyncApiDocuments {

    /** Where the build writes the documents, on the classpath: {@code <topic>.json}. */
    public static final String RESOURCE_FOLDER = "META-INF/asyncapi/";
    static final String VERSION = "1.0.0";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One service's topic: who publishes it, what events it carries. */
    public record Contract(String service, String topic, Class<?> events, String description) {

        public String resource() {
            return RESOURCE_FOLDER + topic + ".json";
        }
    }

    public static final List<Contract> CONTRACTS = List.of(
            new Contract("complaint-service", Topics.COMPLAINTS, ComplaintEvent.class,
                    "Every state change of a complaint case, from receipt to closure, remedies and disputes."),
            new Contract("car-service", Topics.CARS, CarEvent.class,
                    "Every step of a corrective action request (8D), from D0 to closure."),
            new Contract("notification-service", Topics.NOTIFICATIONS, NotificationEvent.class,
                    "Every notification decided on and what became of its delivery (mail or webhook)."));

    private AsyncApiDocuments() {
    }

    public static Optional<Contract> ofService(String service) {
        return CONTRACTS.stream().filter(contract -> contract.service().equals(service)).findFirst();
    }

    /** Writes each contract's document under {@code args[0]} (the build's classes folder). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(RESOURCE_FOLDER);
        Files.createDirectories(folder);
        for (Contract contract : CONTRACTS) {
            Files.writeString(folder.resolve(contract.topic() + ".json"), JSON.writeValueAsString(document(contract)));
        }
    }

    static ObjectNode document(Contract contract) {
        // the service's own events, and the anchors of its hash chains it publishes beside them
        Map<String, Class<?>> types = new LinkedHashMap<>(EventTypes.of(contract.events()).all());
        types.putAll(AuditEvent.TYPES.all());
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode document = JSON.createObjectNode().put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info")
                .put("title", "Rectify " + contract.service() + " events")
                .put("version", VERSION)
                .put("description", contract.description() + " CloudEvents 1.0 in Kafka binary mode: the attributes are "
                        + "ce_* headers, the record value is the event's data as JSON, the record key is the case id, so "
                        + "a case's events keep their order in one partition. A consumer must ignore event types it does "
                        + "not know; a new version of an event is a new type (….v2).");
        info.putObject("license").put("name", "Proprietary");
        document.put("defaultContentType", CloudEventsKafka.JSON);
        document.putObject("servers").putObject("kafka")
                .put("host", "{bootstrap}")
                .put("protocol", "kafka")
                .put("description", "The Kafka cluster the services share (KAFKA_BOOTSTRAP_SERVERS)")
                .putObject("variables").putObject("bootstrap")
                .put("default", "localhost:9092")
                .put("description", "host:port of a bootstrap broker");

        ObjectNode channel = document.putObject("channels").putObject(channelId(contract))
                .put("address", contract.topic())
                .put("description", contract.description());
        ObjectNode channelMessages = channel.putObject("messages");
        channel.putObject("bindings").putObject("kafka").put("topic", contract.topic()).put("bindingVersion", "0.5.0");

        ObjectNode operation = document.putObject("operations").putObject("publish" + pascal(channelId(contract)))
                .put("action", "send")
                .put("summary", contract.service() + " publishes each event it commits, through its transactional outbox");
        operation.putObject("channel").put("$ref", "#/channels/" + channelId(contract));
        ArrayNode operationMessages = operation.putArray("messages");

        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (Map.Entry<String, Class<?>> event : types.entrySet()) {
            String name = messageName(event.getKey());
            ObjectNode message = messages.putObject(name)
                    .put("name", event.getKey())
                    .put("title", event.getValue().getSimpleName())
                    .put("contentType", CloudEventsKafka.JSON);
            message.set("headers", headers(event.getKey(), contract.service()));
            message.set("payload", schemas.ofRecord(event.getValue()));
            message.putObject("bindings").putObject("kafka")
                    .put("bindingVersion", "0.5.0")
                    .set("key", JSON.createObjectNode().put("type", "string").put("format", "uuid")
                            .put("description", "The case id"));
            channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            operationMessages.addObject().put("$ref", "#/channels/" + channelId(contract) + "/messages/" + name);
        }
        ObjectNode componentSchemas = components.putObject("schemas");
        schemas.components().forEach(componentSchemas::set);
        return document;
    }

    /** The CloudEvents attributes of one event type, as Kafka headers. */
    private static ObjectNode headers(String type, String service) {
        ObjectNode headers = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventsKafka.SPECVERSION).put("const", CloudEventsKafka.SPEC_VERSION);
        properties.putObject(CloudEventsKafka.ID).put("type", "string").put("format", "uuid")
                .put("description", "The event's id: a consumer that has seen it skips it");
        properties.putObject(CloudEventsKafka.SOURCE).put("const", "/" + service);
        properties.putObject(CloudEventsKafka.TYPE).put("const", type);
        properties.putObject(CloudEventsKafka.SUBJECT).put("type", "string").put("format", "uuid")
                .put("description", "The aggregate (stream) the event belongs to");
        properties.putObject(CloudEventsKafka.TIME).put("type", "string").put("format", "date-time");
        properties.putObject(CloudEventsKafka.CONTENT_TYPE).put("const", CloudEventsKafka.JSON);
        properties.putObject(CloudEventsKafka.CASE_ID).put("type", "string").put("format", "uuid");
        properties.putObject(CloudEventsKafka.SEQUENCE).put("type", "string").put("pattern", "^[1-9][0-9]*$")
                .put("description", "The event's version in its stream: 1, 2, 3, … without gaps");
        properties.putObject(CloudEventsKafka.ACTOR).put("type", "string").put("description", "Who caused it: a user or a service");
        properties.putObject(CloudEventsKafka.ACTOR_ID).put("type", "string").put("description", "The identity provider's subject of the actor");
        properties.putObject(CloudEventsKafka.CORRELATION_ID).put("type", "string").put("format", "uuid");
        properties.putObject(CloudEventsKafka.CAUSATION_ID).put("type", "string").put("format", "uuid");
        properties.putObject(CloudEventsKafka.STREAM_TYPE).put("type", "string")
                .put("description", "The stream's type, e.g. complaint; the first field of the event's hash");
        properties.putObject(CloudEventsKafka.PREVIOUS_HASH).put("type", "string").put("pattern", "^[0-9a-f]{64}$")
                .put("description", "The hash of the stream's previous event (absent on its first event)");
        properties.putObject(CloudEventsKafka.HASH).put("type", "string").put("pattern", "^[0-9a-f]{64}$")
                .put("description", "SHA-256 over stream type, subject, sequence, type, the record value, actor, time "
                        + "(UTC, six fraction digits) and the previous hash, each as <UTF-8 length>:<bytes> "
                        + "(io.rectify.contracts.audit.EventHashes); anyone can recompute it from the record");
        ArrayNode required = headers.putArray("required");
        for (String header : List.of(CloudEventsKafka.SPECVERSION, CloudEventsKafka.ID, CloudEventsKafka.SOURCE,
                CloudEventsKafka.TYPE, CloudEventsKafka.TIME, CloudEventsKafka.CONTENT_TYPE, CloudEventsKafka.CASE_ID,
                CloudEventsKafka.SEQUENCE, CloudEventsKafka.ACTOR, CloudEventsKafka.STREAM_TYPE, CloudEventsKafka.HASH)) {
            required.add(header);
        }
        return headers;
    }

    /** {@code io.rectify.complaint.received.v1} → {@code complaintReceivedV1}. */
    static String messageName(String type) {
        String[] parts = type.substring("io.rectify.".length()).split("[.-]");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(pascal(parts[i]));
        }
        return name.toString();
    }

    private static String channelId(Contract contract) {
        return contract.topic().substring(0, contract.topic().indexOf('.'));
    }

    private static String pascal(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
