package io.rectify.system;

import io.rectify.localstack.Service;
import io.rectify.localstack.TopicClient;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.rectify.system.ComplaintIntakeIT.header;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A complaint carried from receipt through its 8D to closure across the three running services,
 * as a quality team would with curl: the case asks for a CAR, car-service opens it from the
 * event, the case follows the 8D from cars.events, a follow-up that finds the fix not effective
 * at the customer reopens the CAR, and both streams reach Kafka complete and in order.
 */
@ExtendWith(RunningSystem.class)
class CaseThroughEightDIT {

    @Test
    void aComplaintGoesFromReceiptThroughItsCarToClosure() {
        String id = Complaints.file("CUST-8D-" + UUID.randomUUID(), "en");
        complaint(id, "acknowledgement", Map.of("comment", "samples requested"), "ACKNOWLEDGED");
        complaint(id, "analysis", Map.of("rootCauseHypothesis", "voids under U7 from the reflow profile",
                "impact", Map.of("affectedLots", List.of("L2026-11"), "affectedCustomers", List.of(), "assessment", "one lot"),
                "containment", Map.of("inHouse", Map.of("quantity", 1_000, "action", "lot blocked"))), "UNDER_ANALYSIS");
        complaint(id, "corrective-action-request", Map.of("problemStatement", "voids under U7"), "CORRECTIVE_ACTION");

        // car-service opens exactly one CAR from the event; the case links it
        String carId = await().atMost(Duration.ofSeconds(30)).until(() -> cars().queryParam("complaintId", id).get("/cars")
                .then().statusCode(200).extract().<List<String>>path("items.id"), ids -> ids.size() == 1).get(0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.carId", equalTo(carId)));

        car(carId, "team", EightDSteps.team());
        car(carId, "problem-description", EightDSteps.problem());
        car(carId, "containment", EightDSteps.containment());
        car(carId, "root-cause", EightDSteps.rootCause("reflow peak 5 K too low"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.progress", equalTo("ROOT_CAUSE_DETERMINED"))
                .body("allowedCommands", hasItem("response")));
        // an interim 8D report for the customer: the case carries it as it stood
        car(carId, "report/sharing", Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.report.occurrence.cause", equalTo("reflow peak 5 K too low"))
                .body("correctiveAction.report.actions", org.hamcrest.Matchers.empty())
                .body("correctiveAction.report.closedAt", org.hamcrest.Matchers.nullValue()));
        complaint(id, "response", Map.of("correctiveAction", "reflow profile v7", "preventiveAction", "SPC on every oven"),
                "RESPONDED");
        car(carId, "corrective-actions", EightDSteps.actions("A1"));
        car(carId, "corrective-actions/A1/completion", Map.of("evidence", "profile v7 released"));
        car(carId, "prevention", EightDSteps.prevention());
        car(carId, "verification", EightDSteps.verification("EFFECTIVE"));
        car(carId, "closure", Map.of("lessonsLearned", "profile changes need a first-article X-ray"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.progress", equalTo("CLOSED")));

        // not effective at the customer: the case goes back to analysis and the CAR back to D4
        complaint(id, "follow-ups", Map.of("result", "NOT_EFFECTIVE", "observation", "voids again in lot L2026-12"),
                "UNDER_ANALYSIS");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> cars().get("/cars/{id}", carId).then()
                .body("status", equalTo("CONTAINED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.progress", equalTo("REOPENED")));

        car(carId, "root-cause", EightDSteps.rootCause("stencil aperture too small for U7"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.progress", equalTo("ROOT_CAUSE_DETERMINED"))
                .body("correctiveAction.rootCause", containsString("stencil aperture")));
        complaint(id, "response", Map.of("correctiveAction", "stencil rev C", "preventiveAction", "stencil design rule DR-12"),
                "RESPONDED");
        car(carId, "corrective-actions", EightDSteps.actions("A2"));
        car(carId, "corrective-actions/A2/completion", Map.of("evidence", "stencil rev C in use"));
        car(carId, "prevention", EightDSteps.prevention());
        car(carId, "verification", EightDSteps.verification("EFFECTIVE"));
        car(carId, "closure", Map.of("lessonsLearned", "stencil apertures are part of the design review"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.progress", equalTo("CLOSED")));
        // the final report replaces the interim one
        car(carId, "report/sharing", Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> complaints().get("/complaints/{id}", id).then()
                .body("correctiveAction.report.occurrence.cause", equalTo("stencil aperture too small for U7"))
                .body("correctiveAction.report.lessonsLearned", equalTo("stencil apertures are part of the design review"))
                .body("correctiveAction.report.actions.planned.actionId", org.hamcrest.Matchers.contains("A1", "A2")));
        complaint(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no voids in three lots"), "MONITORING");
        complaint(id, "closure", Map.of("comment", "customer confirmed"), "CLOSED");

        List<Map<String, Object>> trail = complaints().get("/complaints/{id}/events", id).then().extract().path("$");
        assertEquals(List.of("received", "acknowledged", "analysed", "corrective-action-requested",
                        "corrective-action-linked", "CONTAINED", "ROOT_CAUSE_DETERMINED", "eight-d-report-shared",
                        "response-issued",
                        "ACTIONS_PLANNED", "ACTION_COMPLETED", "PREVENTION_DEFINED", "VERIFIED_EFFECTIVE", "CLOSED",
                        "follow-up-recorded", "REOPENED", "ROOT_CAUSE_DETERMINED", "response-issued",
                        "ACTIONS_PLANNED", "ACTION_COMPLETED", "PREVENTION_DEFINED", "VERIFIED_EFFECTIVE", "CLOSED",
                        "eight-d-report-shared", "follow-up-recorded", "closed"),
                trail.stream().map(CaseThroughEightDIT::step).toList(), "the case's audit trail follows the 8D step by step");
        trail.forEach(entry -> assertEquals(true, entry.get("actor") != null && entry.get("occurredAt") != null,
                "every entry says who and when: " + entry));

        assertStreamOnKafka("complaints.events", id, history(complaints(), "/complaints/{id}/events", id));
        assertStreamOnKafka("cars.events", id, history(cars(), "/cars/{id}/events", carId));
    }

    /** Every event of the stream reaches the topic keyed by the case id, once, in order, numbered 1..n. */
    static void assertStreamOnKafka(String topic, String caseId, List<String> eventIds) {
        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> records = new TopicClient(RunningSystem.stack().kafka().bootstrapServers())
                .read(topic, r -> caseId.equals(r.key()) && seen.add(header(r, "ce_id")), eventIds.size(), Duration.ofSeconds(60));
        assertEquals(eventIds, records.stream().map(r -> header(r, "ce_id")).toList(), topic + " carries the whole stream in order");
        assertEquals(IntStream.rangeClosed(1, eventIds.size()).mapToObj(String::valueOf).toList(),
                records.stream().map(r -> header(r, "ce_sequence")).toList(), topic + " numbers the events of the stream");
        records.forEach(r -> assertEquals(caseId, header(r, "ce_caseid"), topic + " names the case"));
    }

    /** An audit trail entry as a step: the CAR's progress, or the case's own event type. */
    @SuppressWarnings("unchecked")
    private static String step(Map<String, Object> entry) {
        String type = ((String) entry.get("type")).replace("io.rectify.complaint.", "").replace(".v1", "");
        return type.equals("corrective-action-progressed") ? (String) ((Map<String, Object>) entry.get("data")).get("progress") : type;
    }

    private static List<String> history(RequestSpecification service, String path, String id) {
        return service.get(path, id).then().statusCode(200).extract().path("eventId");
    }

    private static void complaint(String id, String command, Map<String, ?> body, String expectedStatus) {
        complaints().contentType(ContentType.JSON).body(body)
                .post("/complaints/{id}/" + command, id)
                .then().log().ifValidationFails().statusCode(200).body("status", equalTo(expectedStatus));
    }

    private static void car(String id, String step, Map<String, ?> body) {
        cars().contentType(ContentType.JSON).body(body)
                .post("/cars/{id}/" + step, id)
                .then().log().ifValidationFails().statusCode(200);
    }

    /** The quality manager, who may do every step, closure included. */
    private static RequestSpecification complaints() {
        return SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT);
    }

    private static RequestSpecification cars() {
        return SystemUsers.as(SystemUsers.QUINN, Service.CAR);
    }
}
