package io.rectify.notification.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rectify.contracts.common.Language;
import io.rectify.notification.CaseEvents;
import io.rectify.notification.SmtpServer;
import io.rectify.notification.WebhookEndpoint;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asIntegrator;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A subscription whose endpoint only fails is suspended, says why, takes no new deliveries, and can be resumed. */
@QuarkusTest
@TestProfile(WebhookSuspensionTest.SuspendQuickly.class)
@WithTestResource(RectifyTestResource.class)
@WithTestResource(SmtpServer.class)
class WebhookSuspensionTest {

    public static class SuspendQuickly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rectify.notifications.webhook-suspend-after", "2s");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void anEndpointThatOnlyFailsIsSuspendedUntilItsOwnerResumesIt() throws Exception {
        try (WebhookEndpoint dead = new WebhookEndpoint()) {
            dead.failNext(Integer.MAX_VALUE);
            String id = asIntegrator().contentType(ContentType.JSON)
                    .body(Map.of("url", dead.url(), "eventTypes", List.of("*"), "secret", "s3cret-of-the-dead-crm"))
                    .post("/subscriptions").then().statusCode(201).extract().path("id");
            try {
                CaseEvents first = new CaseEvents(bootstrapServers, json, "dead-" + UUID.randomUUID() + "@customer.example");
                first.publish(first.received(Language.EN), first.acknowledged());

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asIntegrator().get("/subscriptions/{id}", id).then()
                        .body("status", equalTo("SUSPENDED"))
                        .body("suspensionReason", containsString("http-status: the endpoint answered HTTP 503")));
                Thread.sleep(500); // a call under way when it was suspended ends within milliseconds
                int attemptsSoFar = dead.calls();

                // while suspended, the endpoint is not called again (retries are due every 1-2 s in tests)...
                Thread.sleep(4_000);
                assertEquals(attemptsSoFar, dead.calls(), "a suspended subscription's endpoint is left alone");
                // ...and new events are not queued for it
                CaseEvents later = new CaseEvents(bootstrapServers, json, "later-" + UUID.randomUUID() + "@customer.example");
                later.publish(later.received(Language.EN));
                await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(later.email).size() == 1);
                asIntegrator().queryParam("caseId", later.caseId).get("/notifications").then()
                        .body("findAll { it.channel == 'WEBHOOK' }.size()", equalTo(0));

                asIntegrator().post("/subscriptions/{id}/resumption", id).then().statusCode(200)
                        .body("status", equalTo("ACTIVE"))
                        .body("failingSince", nullValue())
                        .body("suspensionReason", nullValue());
            } finally {
                asIntegrator().delete("/subscriptions/{id}", id);
            }
        }
    }
}
