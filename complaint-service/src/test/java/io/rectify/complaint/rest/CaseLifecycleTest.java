package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.PeerTopics;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** A case carried through the six steps with the API alone, and every wrong step refused. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class CaseLifecycleTest {

    @Inject
    PeerTopics carEvents;

    @Test
    void aCaseAnsweredWithoutACarGoesFromReceiptToClosure() {
        String id = file(ComplaintForms.valid());
        command(id, "acknowledgement", Map.of("comment", "samples requested"), "ACKNOWLEDGED");
        command(id, "analysis", Map.of("rootCauseHypothesis", "damage in transport",
                "impact", Map.of("affectedLots", List.of("LOT-7"), "affectedCustomers", List.of(), "assessment", "one shipment"),
                "containment", Map.of("atCustomer", Map.of("quantity", 120, "action", "replaced"))), "UNDER_ANALYSIS");
        command(id, "response", Map.of("correctiveAction", "reinforced packaging", "preventiveAction", "drop test per lot",
                "rootCause", "pallet crushed in transport", "noCarJustification", "not a manufacturing defect"), "RESPONDED");
        command(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no damage in 4 shipments"), "MONITORING");
        asQualityManager().contentType(ContentType.JSON).header("X-Actor", "m.papadopoulou").body(Map.of("comment", "customer satisfied"))
                .post("/complaints/{id}/closure", id)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("response.noCarJustification", equalTo("not a manufacturing defect"))
                .body("deadlines.status", hasItem("REACHED"))
                .body("allowedCommands", contains("reopening", "satisfaction"));

        asQualityManager().get("/complaints/{id}/events", id).then()
                .body("type", contains("io.rectify.complaint.received.v1", "io.rectify.complaint.acknowledged.v1",
                        "io.rectify.complaint.analysed.v1", "io.rectify.complaint.response-issued.v1",
                        "io.rectify.complaint.follow-up-recorded.v1", "io.rectify.complaint.closed.v1"))
                .body("version", contains(1, 2, 3, 4, 5, 6))
                .body("[5].actor", equalTo(Users.QUINN))
                .body("[5].data.comment", equalTo("customer satisfied"));
    }

    @Test
    void everyWrongStepIsRefusedWithWhatToDoInstead() {
        String id = file(ComplaintForms.valid());
        asQualityManager().contentType(ContentType.JSON).body(Map.of("comment", "x")).post("/complaints/{id}/closure", id)
                .then().statusCode(409)
                .body("currentStatus", equalTo("RECEIVED"))
                .body("allowedCommands", contains("acknowledgement", "rejection"))
                .body("detail", containsString("allowed now: acknowledgement, rejection"));
        command(id, "acknowledgement", Map.of(), "ACKNOWLEDGED");
        command(id, "analysis", Map.of("rootCauseHypothesis", "solder voids"), "UNDER_ANALYSIS");
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("correctiveAction", "x", "preventiveAction", "y", "rootCause", "z"))
                .post("/complaints/{id}/response", id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("noCarJustification"))
                .body("errors[0].message", containsString("corrective-action-request"));
        command(id, "corrective-action-request", Map.of("problemStatement", "voids under U7"), "CORRECTIVE_ACTION");
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("correctiveAction", "x", "preventiveAction", "y"))
                .post("/complaints/{id}/response", id)
                .then().statusCode(409)
                .body("detail", containsString("waits for the CAR's root cause"));
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(4));
    }

    @Test
    void badBodiesNameTheirFields() {
        String id = file(ComplaintForms.valid());
        command(id, "acknowledgement", Map.of(), "ACKNOWLEDGED");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("containment", Map.of("inHouse", Map.of("quantity", -5))))
                .post("/complaints/{id}/analysis", id)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rootCauseHypothesis", "containment.inHouse.quantity",
                        "containment.inHouse.action"));
        asQualityManager().post("/complaints/{id}/rejection", id).then().statusCode(400).body("errors.field", contains("reason"));
        asQualityManager().contentType(ContentType.JSON).body("{\"result\": \"MAYBE\"}").post("/complaints/{id}/follow-ups", id)
                .then().statusCode(400).body("errors[0].field", equalTo("result"));
    }

    @Test
    void aCaseFollowsItsCarFromCarsEventsAndANotEffectiveFollowUpSendsItBack() throws Exception {
        String id = file(ComplaintForms.valid());
        command(id, "acknowledgement", Map.of(), "ACKNOWLEDGED");
        command(id, "analysis", Map.of("rootCauseHypothesis", "solder voids"), "UNDER_ANALYSIS");
        command(id, "corrective-action-request", Map.of(), "CORRECTIVE_ACTION");

        UUID complaintId = UUID.fromString(id);
        UUID carId = UUID.randomUUID();
        carEvents.publish(complaintId, new CarEvent.Opened(carId, "CAR-2026-000123", complaintId, "CMP", CarSource.CUSTOMER,
                "voids", null, new Product("SW-100", null), "LOT-7", Severity.MAJOR, null, Instant.now()), 1);
        carEvents.publish(complaintId, new CarEvent.RootCauseDetermined(carId,
                new RootCause("reflow peak too low", RootCause.Method.FIVE_WHY, RootCause.Category.MACHINE, List.of()),
                new RootCause("AOI blind to voids", RootCause.Method.IS_IS_NOT, RootCause.Category.MEASUREMENT, List.of()),
                "reproduced", Instant.now()), 6);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().get("/complaints/{id}", id).then()
                .body("correctiveAction.carReference", equalTo("CAR-2026-000123"))
                .body("correctiveAction.progress", equalTo("ROOT_CAUSE_DETERMINED"))
                .body("correctiveAction.rootCause", containsString("reflow peak too low"))
                .body("allowedCommands", hasItem("response")));

        command(id, "response", Map.of("correctiveAction", "profile v7", "preventiveAction", "SPC on ovens"), "RESPONDED");
        asQualityManager().get("/complaints/{id}", id).then().body("response.rootCause", containsString("reflow peak too low"));
        asQualityManager().contentType(ContentType.JSON).body(Map.of("result", "NOT_EFFECTIVE", "observation", "voids again"))
                .post("/complaints/{id}/follow-ups", id)
                .then().statusCode(200).body("status", equalTo("UNDER_ANALYSIS"));
        asQualityManager().get("/complaints/{id}/events", id).then()
                .body("find { it.type == 'io.rectify.complaint.follow-up-recorded.v1' }.data.carToReopen", equalTo(carId.toString()))
                .body("find { it.type == 'io.rectify.complaint.corrective-action-linked.v1' }.actor", equalTo("system:complaint-service"));
    }

    @Test
    void aMissedDeadlineIsRecordedOnceAndTheCaseShowsItOverdue() {
        String customer = "CUST-HURRY-" + UUID.randomUUID();
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("MAJOR", Map.of("acknowledgement", "PT1S", "response", "P1D", "closure", "P2D")))
                .put("/deadline-profiles/{customer}", customer)
                .then().statusCode(200)
                .body("MAJOR.acknowledgement", equalTo("PT1S"))
                .body("CRITICAL.containment", equalTo("PT24H"));
        String id = file(ComplaintForms.valid(customer, "SW-9", "LOT-9"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().get("/complaints/{id}/events", id).then()
                .body("type", hasItem("io.rectify.complaint.deadline-missed.v1")));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                asQualityManager().get("/complaints/{id}/events", id).then()
                        .body("findAll { it.type == 'io.rectify.complaint.deadline-missed.v1' }", hasSize(1))
                        .body("find { it.type == 'io.rectify.complaint.deadline-missed.v1' }.data.milestone", equalTo("ACKNOWLEDGEMENT"))
                        .body("find { it.type == 'io.rectify.complaint.deadline-missed.v1' }.actor", equalTo("system:complaint-service")));
        asQualityManager().get("/complaints/{id}", id).then()
                .body("deadlines.find { it.milestone == 'ACKNOWLEDGEMENT' }.status", equalTo("OVERDUE"))
                .body("deadlines.find { it.milestone == 'ACKNOWLEDGEMENT' }.missed", equalTo(true))
                .body("nextDue.milestone", equalTo("ACKNOWLEDGEMENT"));
        command(id, "acknowledgement", Map.of(), "ACKNOWLEDGED");
        asQualityManager().get("/complaints/{id}", id).then()
                .body("deadlines.find { it.milestone == 'ACKNOWLEDGEMENT' }.status", equalTo("REACHED"))
                .body("nextDue.milestone", equalTo("RESPONSE"));
    }

    @Test
    void deadlineProfilesRefuseNonsenseAndResetToTheDefaults() {
        String customer = "CUST-PROFILE-" + UUID.randomUUID();
        asQualityManager().contentType(ContentType.JSON).body(Map.of("CRITICAL", Map.of("acknowledgement", "PT4H", "response", "-P1D", "closure", "P30D")))
                .put("/deadline-profiles/{customer}", customer)
                .then().statusCode(400).body("errors.field", contains("CRITICAL.response"));
        asQualityManager().contentType(ContentType.JSON).body(Map.of("CRITICAL", Map.of("acknowledgement", "soon")))
                .put("/deadline-profiles/{customer}", customer)
                .then().statusCode(400).body("errors[0].field", containsString("acknowledgement"));
        asQualityManager().contentType(ContentType.JSON).body(Map.of("CRITICAL", Map.of("acknowledgement", "PT4H", "containment", "PT8H",
                        "response", "P5D", "closure", "P30D")))
                .put("/deadline-profiles/{customer}", customer).then().statusCode(200);
        asQualityManager().get("/deadline-profiles/{customer}", customer).then().body("CRITICAL.acknowledgement", equalTo("PT4H"));
        asQualityManager().delete("/deadline-profiles/{customer}", customer).then().statusCode(200).body("CRITICAL.acknowledgement", equalTo("PT24H"));
    }

    @Test
    void complaintsAboutTheSamePartAndLotAreLinked() {
        String part = "SW-REC-" + UUID.randomUUID().toString().substring(0, 8);
        String first = file(ComplaintForms.valid("CUST-A", part, "LOT-1"));
        String second = file(ComplaintForms.valid("CUST-B", part, "LOT-1"));
        String third = file(ComplaintForms.valid("CUST-C", part, "LOT-2"));

        asQualityManager().get("/complaints/{id}", second).then()
                .body("relatedComplaints.complaintId", contains(first))
                .body("relatedComplaints[0].reason", equalTo("SAME_PART_AND_LOT"));
        asQualityManager().get("/complaints/{id}", third).then()
                .body("relatedComplaints.complaintId", containsInAnyOrder(first, second))
                .body("relatedComplaints.reason", hasItem("SAME_PART_WITHIN_12_MONTHS"));
        asQualityManager().get("/complaints/{id}", first).then()
                .body("laterComplaints.complaintId", containsInAnyOrder(second, third));
        asQualityManager().get("/complaints/{id}/events", third).then()
                .body("[0].data.relatedComplaints", hasSize(2));
    }


    private static String file(Map<String, Object> form) {
        return asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints").then().statusCode(201).extract().path("id");
    }

    private static void command(String id, String command, Map<String, Object> body, String expectedStatus) {
        asQualityManager().contentType(ContentType.JSON).header("X-Actor", "quality:j.doe").body(body)
                .post("/complaints/{id}/" + command, id)
                .then().statusCode(200)
                .body("status", equalTo(expectedStatus));
    }
}
