package io.rectify.car.outbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rectify.car.rest.EightD;
import io.rectify.testing.RectifyTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event Kafka refuses for good is parked, visibly, and holds up only its own case. The broker
 * here takes records of at most 100 KB while the service records events up to 1 MB, so a large
 * but valid D2 commits and then cannot be published.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
@TestProfile(ParkedOutboxRecordTest.SmallBrokerRecords.class)
class ParkedOutboxRecordTest {

    public static class SmallBrokerRecords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.max.request.size", "100000", "rectify.events.max-bytes", "1M");
        }
    }

    @Test
    void aRecordKafkaRefusesIsParkedListedAndRetriedWhileOtherCasesGoOn() {
        String blocked = EightD.open("PCBA-PARKED");
        assertEquals(200, EightD.step(blocked, "team", EightD.team()));
        Map<String, Object> problem = new HashMap<>(EightD.problem());
        problem.put("isIsNot", Collections.nCopies(40, Map.of("dimension", "line", "is", "i".repeat(2_000), "isNot", "n".repeat(2_000))));
        assertEquals(200, EightD.step(blocked, "problem-description", problem), "the event fits the store's limit");
        assertEquals(200, EightD.step(blocked, "containment", EightD.containment()));

        await().atMost(Duration.ofSeconds(30)).until(() -> !parkedOf(blocked).isEmpty());
        Map<String, Object> parked = parkedOf(blocked).get(0);
        assertEquals("io.rectify.car.problem-described.v1", parked.get("eventType"));
        assertEquals(3, parked.get("version"));
        assertTrue(String.valueOf(parked.get("failure")).startsWith("RecordTooLargeException"), parked.toString());
        assertTrue((Integer) parked.get("bytes") > 100_000);

        // every other case goes on: a new CAR's events are published while the parked one waits
        long publishedBefore = published();
        String other = EightD.open("PCBA-FLOWING");
        assertEquals(200, EightD.step(other, "team", EightD.team()));
        await().atMost(Duration.ofSeconds(30)).until(() -> published() >= publishedBefore + 2);

        // the readiness check and the metrics say so; the blocked case's containment is held back behind it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RestAssured.get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Outbox relay' }.data.parked", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("rectify_outbox_parked") && !line.endsWith(" 0.0")), metrics);
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("rectify_outbox_pending") && !line.endsWith(" 0.0")), metrics);
        });

        // an admin hands it back to the relay; Kafka still refuses it, so it is parked again, later
        asQualityManager().post("/admin/outbox/parked/{position}/retry", parked.get("position")).then().statusCode(403);
        asAdmin().post("/admin/outbox/parked/{position}/retry", parked.get("position")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !parkedOf(blocked).isEmpty()
                && !parkedOf(blocked).get(0).get("parkedAt").equals(parked.get("parkedAt")));
        asAdmin().post("/admin/outbox/parked/{position}/retry", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no parked outbox record"));
    }

    private static List<Map<String, Object>> parkedOf(String carId) {
        List<Map<String, Object>> all = asAdmin().contentType(ContentType.JSON).get("/admin/outbox/parked").then().statusCode(200)
                .extract().path("$");
        return all.stream().filter(record -> carId.equals(record.get("streamId"))).toList();
    }

    private static long published() {
        Number published = asAdmin().get("/admin/outbox").then().statusCode(200).extract().path("published");
        assertNotEquals(null, published);
        return published.longValue();
    }
}
