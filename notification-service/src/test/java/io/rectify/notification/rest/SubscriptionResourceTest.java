package io.rectify.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.common.Language;
import io.rectify.notification.CaseEvents;
import io.rectify.notification.SmtpServer;
import io.rectify.notification.WebhookEndpoint;
import io.rectify.notification.delivery.WebhookSignature;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asIntegrator;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook subscriptions, and signed deliveries to a real HTTP endpoint from events on the real broker. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
@WithTestResource(SmtpServer.class)
class SubscriptionResourceTest {

    private static final String SECRET = "s3cret-shared-with-the-crm";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void aBadSubscriptionNamesEveryField() {
        asIntegrator().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://crm.example/hook", "eventTypes", List.of("io.rectify.complaint.received.v1", "nonsense"),
                        "secret", "short"))
                .post("/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("url", "eventTypes[1]", "secret"));
        asIntegrator().contentType(ContentType.JSON).body("{}").post("/subscriptions")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("url", "eventTypes", "secret"));
    }

    @Test
    void subscriptionsAreListedWithoutTheirSecretAndCanBeDeleted() {
        String id = subscribe("https://203.0.113.10/rectify", List.of("io.rectify.car.*"));
        asIntegrator().get("/subscriptions/{id}", id).then().statusCode(200)
                .body("url", equalTo("https://203.0.113.10/rectify"))
                .body("owner", equalTo(Users.IVAN))
                .body("status", equalTo("ACTIVE"))
                .body("secret", nullValue());
        asIntegrator().get("/subscriptions").then().body("id", hasItem(id));
        // another integrator neither sees nor ends it; an admin sees it
        Users.as(TestTokens.staff("other-integrator", "integrator")).get("/subscriptions/{id}", id).then().statusCode(404);
        Users.as(TestTokens.staff("other-integrator", "integrator")).delete("/subscriptions/{id}", id).then().statusCode(404);
        Users.as(TestTokens.staff("other-integrator", "integrator")).get("/subscriptions").then().body("id", not(hasItem(id)));
        Users.asAdmin().get("/subscriptions").then().body("id", hasItem(id));
        asIntegrator().delete("/subscriptions/{id}", id).then().statusCode(204);
        asIntegrator().get("/subscriptions/{id}", id).then().statusCode(404);
        asIntegrator().delete("/subscriptions/{id}", id).then().statusCode(404);
        asIntegrator().get("/subscriptions").then().body("id", not(hasItem(id)));
    }

    @Test
    void anIntegrationReceivesSignedCloudEventsOfTheTypesItNamedEvenAfterItsEndpointFailed() throws Exception {
        try (WebhookEndpoint crm = new WebhookEndpoint(); WebhookEndpoint dead = new WebhookEndpoint()) {
            String crmSubscription = subscribe(crm.url(), List.of("io.rectify.complaint.received.v1", "io.rectify.complaint.closed.v1"));
            // another subscriber whose endpoint keeps failing must not hold anyone up
            dead.failNext(Integer.MAX_VALUE);
            String deadSubscription = subscribe(dead.url(), List.of("*"));
            crm.failNext(2);
            try {
                deliveredAndSigned(crm, dead);
            } finally {
                // the other tests of this application do not expect webhook deliveries on their cases
                asIntegrator().delete("/subscriptions/{id}", crmSubscription);
                asIntegrator().delete("/subscriptions/{id}", deadSubscription);
            }
        }
    }

    private void deliveredAndSigned(WebhookEndpoint crm, WebhookEndpoint dead) throws Exception {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "hook-" + UUID.randomUUID() + "@customer.example");
        var received = events.received(Language.EN);
        events.publish(received, events.acknowledged(), events.closed());

        await().atMost(Duration.ofSeconds(30)).until(() -> crm.received().stream()
                .filter(d -> d.body().contains(events.caseId.toString())).count() == 2);
        List<WebhookEndpoint.Delivery> deliveries = crm.received().stream()
                .filter(d -> d.body().contains(events.caseId.toString())).toList();
        for (WebhookEndpoint.Delivery delivery : deliveries) {
            assertTrue(WebhookSignature.verify(delivery.body().getBytes(StandardCharsets.UTF_8), SECRET, delivery.signature()),
                    "the receiver can verify the signature " + delivery.signature());
            assertTrue(delivery.contentType().startsWith("application/cloudevents+json"));
        }
        // in the order of the case, although the first delivery failed twice before it went through
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (WebhookEndpoint.Delivery delivery : deliveries) {
            bodies.add(json.readTree(delivery.body()));
        }
        JsonNode first = bodies.get(0);
        assertEquals("1.0", first.get("specversion").asText());
        assertEquals(received.id(), first.get("id").asText());
        assertEquals("io.rectify.complaint.received.v1", first.get("type").asText());
        assertEquals(events.caseId.toString(), first.get("caseid").asText());
        assertEquals(events.reference, first.get("data").get("reference").asText(), "data is the event's JSON");
        assertEquals("io.rectify.complaint.closed.v1", bodies.get(1).get("type").asText(), "acknowledged was not subscribed");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asIntegrator().queryParam("caseId", events.caseId)
                .get("/notifications").then()
                .body("findAll { it.channel == 'WEBHOOK' && it.recipient == '" + crm.url() + "' }.status",
                        containsInAnyOrder("SENT", "SENT"))
                .body("findAll { it.channel == 'WEBHOOK' && it.recipient == '" + dead.url() + "' }.status",
                        containsInAnyOrder("PENDING", "PENDING", "PENDING"))
                .body("find { it.channel == 'WEBHOOK' && it.recipient == '" + dead.url() + "' }.lastError",
                        equalTo("http-status: the endpoint answered HTTP 503")));
        assertEquals(1, SmtpServer.mailsTo(events.email).stream()
                .filter(mail -> SmtpServer.subject(mail).startsWith("We received")).count(), "mail went out regardless");
    }

    @Test
    void aSubscriptionCannotPointInsideTheNetwork() {
        for (String inside : List.of("http://10.0.0.5:5432/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:5432/",
                "http://0.0.0.0:8081/complaints", "http://192.168.1.10/hook", "http://no-such-host.invalid/hook")) {
            asIntegrator().contentType(ContentType.JSON)
                    .body(Map.of("url", inside, "eventTypes", List.of("*"), "secret", SECRET))
                    .post("/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("url"));
        }
        asIntegrator().get("/subscriptions").then()
                .body("url", not(hasItem("http://10.0.0.5:5432/")));
    }

    @Test
    void oneIntegratorHasAtMostTheConfiguredNumberOfSubscriptions() {
        String integrator = "busy-" + UUID.randomUUID();
        String token = TestTokens.staff(integrator, "integrator");
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            made.add(Users.as(token).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://203.0.113.10/hook-" + i, "eventTypes", List.of("io.rectify.car.closed.v1"),
                            "secret", SECRET))
                    .post("/subscriptions").then().statusCode(201).extract().path("id"));
        }
        Users.as(token).contentType(ContentType.JSON)
                .body(Map.of("url", "https://203.0.113.10/one-more", "eventTypes", List.of("*"), "secret", SECRET))
                .post("/subscriptions").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("the most one integrator may have"));
        made.forEach(id -> Users.as(token).delete("/subscriptions/{id}", id).then().statusCode(204));
    }

    @Test
    void signaturesAreHmacSha256OfTheBody() {
        byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(body, "key-of-sixteen-chars");
        assertTrue(signature.matches("sha256=[0-9a-f]{64}"));
        assertTrue(WebhookSignature.verify(body, "key-of-sixteen-chars", signature));
        assertEquals(false, WebhookSignature.verify(body, "another-key-of-16", signature));
        assertEquals(false, WebhookSignature.verify("{\"id\":\"2\"}".getBytes(StandardCharsets.UTF_8), "key-of-sixteen-chars", signature));
    }

    private static String subscribe(String url, List<String> types) {
        var created = asIntegrator().contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", types, "secret", SECRET, "description", "CRM"))
                .post("/subscriptions")
                .then().statusCode(201).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/subscriptions/" + id), created.header("Location"));
        return id;
    }
}
