package io.rectify.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./rectify verify}: asks each running service to recompute every hash chain of its event
 * store ({@code GET /admin/audit/verification}, as an admin) and prints what it found, naming the
 * first broken link of each stream. Then it checks the newest anchor against Kafka rather than the
 * database: the root the service recomputes from its events as they are now must be the root of the
 * chains-anchored record on the service's topic. Exit status 0 when all holds, 1 when not.
 */
final class AuditVerification {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANCHORED = "io.rectify.audit.chains-anchored.v1";

    private AuditVerification() {
    }

    static int run(LocalStack.Settings settings, Map<String, String> environment) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String user = environment.getOrDefault("RECTIFY_ADMIN_USER", "ada");
        String password = environment.getOrDefault("RECTIFY_ADMIN_PASSWORD", "demo");
        String form = "grant_type=password&client_id=rectify-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + settings.keycloakPort()
                                + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = tokens.statusCode() == 200 ? JSON.readTree(tokens.body()).path("access_token").asText(null) : null;
        if (token == null) {
            System.err.println("rectify verify: no token for " + user + " (" + tokens.statusCode() + "); is the system up? "
                    + "Set RECTIFY_ADMIN_USER and RECTIFY_ADMIN_PASSWORD to an admin's");
            return 2;
        }
        TopicClient kafka = new TopicClient("localhost:" + settings.kafkaPort());
        boolean allHold = true;
        for (Service service : Service.values()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + settings.servicePorts().get(service) + "/admin/audit/verification"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                System.out.printf("%-22s could not verify: HTTP %d%n", service.moduleName(), answer.statusCode());
                allHold = false;
                continue;
            }
            JsonNode verification = JSON.readTree(answer.body());
            JsonNode broken = verification.path("broken");
            System.out.printf("%-22s %d streams, %d events: %s%n", service.moduleName(), verification.path("streams").asLong(),
                    verification.path("events").asLong(), broken.isEmpty() ? "every chain holds" : broken.size() + " broken");
            for (JsonNode link : broken) {
                System.out.printf("    %s %s: first broken at version %d (%s, %s): %s%n", link.path("streamType").asText(),
                        link.path("streamId").asText(), link.path("version").asLong(), link.path("type").asText(),
                        link.path("occurredAt").asText(), link.path("fault").asText());
            }
            allHold &= broken.isEmpty() && anchorHolds(verification.path("anchor"), service, kafka);
        }
        return allHold ? 0 : 1;
    }

    /** The newest anchor's root, recomputed by the service from its events now, against the root published on Kafka. */
    private static boolean anchorHolds(JsonNode anchor, Service service, TopicClient kafka) throws IOException {
        if (anchor.isMissingNode() || anchor.isNull()) {
            System.out.printf("    not anchored yet (POST /admin/audit/anchors anchors now)%n");
            return true;
        }
        long number = anchor.path("anchor").path("anchor").asLong();
        String recomputed = anchor.path("recomputedRoot").asText();
        List<ConsumerRecord<String, byte[]>> published = kafka.read(service.topic(),
                record -> ANCHORED.equals(header(record, "ce_type")) && Long.toString(number).equals(header(record, "ce_sequence")),
                1, Duration.ofSeconds(20));
        if (published.isEmpty()) {
            System.out.printf("    anchor %d: not found on %s (still in the outbox?)%n", number, service.topic());
            return false;
        }
        String root = JSON.readTree(published.get(0).value()).path("root").asText();
        boolean holds = root.equals(recomputed) && anchor.path("missing").asLong() == 0;
        System.out.printf("    anchor %d of %s on %s: %s%n", number, anchor.path("anchor").path("anchoredAt").asText(),
                service.topic(), holds ? "the events still give its published root " + root
                        : "DOES NOT MATCH: published " + root + ", the events now give " + recomputed
                        + (anchor.path("missing").asLong() > 0 ? " with " + anchor.path("missing").asLong() + " anchored events missing" : ""));
        return holds;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
