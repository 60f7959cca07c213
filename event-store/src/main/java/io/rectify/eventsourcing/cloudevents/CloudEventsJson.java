package io.rectify.eventsourcing.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CloudEvents structured JSON mode (one JSON document with the attributes and the data),
 * as webhooks deliver events. The attributes are the ones the Kafka headers carry, named as the
 * JSON format names them (lower case, no prefix).
 */
public final class CloudEventsJson {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventsJson() {
    }

    public static String structured(CloudEvent event) {
        ObjectNode document = JSON.createObjectNode();
        document.put("specversion", CloudEventsKafka.SPEC_VERSION);
        document.put("id", event.id());
        document.put("source", event.source());
        document.put("type", event.type());
        document.put("subject", event.subject());
        document.put("time", event.time().toString());
        document.put("datacontenttype", event.dataContentType());
        document.put("caseid", event.caseId().toString());
        document.put("sequence", Long.toString(event.sequence()));
        document.put("actor", event.actor());
        if (event.actorId() != null) {
            document.put("actorid", event.actorId());
        }
        if (event.correlationId() != null) {
            document.put("correlationid", event.correlationId().toString());
        }
        if (event.causationId() != null) {
            document.put("causationid", event.causationId().toString());
        }
        try {
            document.set("data", JSON.readTree(event.data()));
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the data of " + event.type() + " " + event.id() + " is not JSON", e);
        }
    }
}
