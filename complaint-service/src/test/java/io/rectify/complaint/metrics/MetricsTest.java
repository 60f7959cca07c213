package io.rectify.complaint.metrics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.PrometheusText;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator scrapes from complaint-service at /q/metrics, moved by a complaint filed for real. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class MetricsTest {

    private static final Map<String, String> RECEIVED = Map.of("channel", "WEB_FORM", "severity", "MAJOR");
    private static final Map<String, String> RECEIVED_EVENT = Map.of("stream", "complaint", "type", "io.rectify.complaint.received.v1");

    @Test
    void aFiledComplaintIsCountedByItsSeverityAndChannelAndPublishedThroughTheOutbox() {
        PrometheusText before = PrometheusText.scrape();
        asQualityManager().contentType(ContentType.JSON).body(ComplaintForms.valid()).post("/complaints").then().statusCode(201);

        PrometheusText after = PrometheusText.scrape();
        assertEquals(before.valueOrZero("rectify_complaints_received_total", RECEIVED) + 1,
                after.valueOrZero("rectify_complaints_received_total", RECEIVED));
        assertEquals(before.valueOrZero("rectify_events_committed_total", RECEIVED_EVENT) + 1,
                after.valueOrZero("rectify_events_committed_total", RECEIVED_EVENT));
        assertTrue(after.valueOrZero("http_server_requests_seconds_count",
                Map.of("method", "POST", "uri", "/complaints", "status", "201")) >= 1);
        double published = before.valueOrZero("rectify_outbox_published_total", Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                PrometheusText.scrape().valueOrZero("rectify_outbox_published_total", Map.of()) > published);
    }

    @Test
    void theOutboxTheConsumersTheDatabaseAndKafkaClientsAreMeasured() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            PrometheusText metrics = PrometheusText.scrape();
            for (String gauge : new String[] {"rectify_outbox_pending", "rectify_outbox_oldest_pending_age_seconds",
                    "rectify_outbox_parked", "rectify_outbox_active", "sql_pool_active", "kafka_consumer_fetch_manager_records_lag_max"}) {
                assertTrue(metrics.value(gauge, Map.of()).isPresent(), gauge);
            }
            assertTrue(metrics.value("rectify_outbox_publish_failures_total", Map.of("cause", "kafka")).isPresent());
            // the lag of the group on every partition of the topic it consumes, as the broker has it
            for (String partition : new String[] {"0", "1", "2"}) {
                assertTrue(metrics.value("rectify_consumer_lag", Map.of("group", "complaint-service", "topic", "cars.events",
                        "partition", partition)).isPresent(), "lag of cars.events partition " + partition);
            }
        });
    }
}
