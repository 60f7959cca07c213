package io.rectify.car.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.PrometheusText;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class CarResourceTest {

    private static final LocalDate NEXT_WEEK = LocalDate.now(ZoneOffset.UTC).plusDays(7);

    @Test
    void aCarOpensByHandWithReferenceLocationAndETag() {
        var created = asQualityManager().contentType(ContentType.JSON).body(EightD.manualCar("PCBA-1")).post("/cars")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("reference", matchesPattern("CAR-\\d{4}-\\d{6}"))
                .body("status", equalTo("OPENED"))
                .body("source", equalTo("PRODUCTION"))
                .body("complaintId", nullValue())
                .body("allowedCommands", contains("emergency-response", "team"))
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/cars/" + id));
        asQualityManager().get("/cars/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("reference", equalTo(created.path("reference")));
    }

    @Test
    void anInvalidCarFormNamesEveryField() {
        asQualityManager().contentType(ContentType.JSON).body(Map.of("source", "PRODUCTION", "product", Map.of("name", "x")))
                .post("/cars")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("problemStatement", "product.partNumber", "severity"));
    }

    @Test
    void aContainmentWithoutALocationAndAnEmptyPreventionAreRefusedNamingTheFieldAndChangeNothing() {
        String id = EightD.open("PCBA-EMPTY");
        assertEquals(200, EightD.step(id, "team", EightD.team()));
        assertEquals(200, EightD.step(id, "problem-description", EightD.problem()));
        asQualityManager().contentType(ContentType.JSON).body(Map.of("containment", Map.of(), "verification", "none"))
                .post("/cars/{id}/containment", id)
                .then().statusCode(400).body("errors.field", contains("containment"));
        asQualityManager().contentType(ContentType.JSON).body(Map.of()).post("/cars/{id}/prevention", id)
                .then().statusCode(400).body("errors.field", contains("prevention"));
        asQualityManager().get("/cars/{id}", id).then().body("status", equalTo("PROBLEM_DESCRIBED")).header("ETag", "\"3\"");
    }

    @Test
    void aWhole8DRunsInOrderAndAnswersWhatIsNextAtEachStep() {
        String id = EightD.open("PCBA-8D");
        assertEquals(200, EightD.step(id, "emergency-response", Map.of("stopShip", true, "isolatedQuantity", 2_000,
                "location", "warehouse B", "actions", "stop-ship, lots blocked")));
        assertEquals(200, EightD.step(id, "team", EightD.team()));
        assertEquals(200, EightD.step(id, "problem-description", EightD.problem()));
        assertEquals(200, EightD.step(id, "containment", EightD.containment()));
        assertEquals(200, EightD.step(id, "root-cause", EightD.rootCause()));
        assertEquals(200, EightD.step(id, "corrective-actions", EightD.actions(NEXT_WEEK)));
        asQualityManager().get("/cars/{id}", id).then()
                .body("status", equalTo("ACTIONS_PLANNED"))
                .body("allowedCommands", hasItem("corrective-actions/{actionId}/completion"));
        assertEquals(200, EightD.step(id, "corrective-actions/A1/completion", EightD.evidence("profile v7 released")));
        assertEquals(200, EightD.step(id, "corrective-actions/A2/completion", EightD.evidence("sampling plan QP-12")));
        assertEquals(200, EightD.step(id, "prevention", EightD.prevention()));
        double effectiveBefore = PrometheusText.scrape().valueOrZero("rectify_car_verifications_total", Map.of("result", "EFFECTIVE"));
        assertEquals(200, EightD.step(id, "verification", EightD.verification("EFFECTIVE")));
        // what /q/metrics counts of it: one verification more, by its result
        assertEquals(effectiveBefore + 1, PrometheusText.scrape().valueOrZero("rectify_car_verifications_total", Map.of("result", "EFFECTIVE")));
        asQualityManager().contentType(ContentType.JSON).header("If-Match", "\"11\"").body(Map.of("lessonsLearned", "SPC on every oven"))
                .post("/cars/{id}/closure", id)
                .then().statusCode(200)
                .header("ETag", "\"12\"")
                .body("status", equalTo("CLOSED"))
                .body("closure.lessonsLearned", equalTo("SPC on every oven"))
                .body("actions.completedAt", hasSize(2));

        asQualityManager().get("/cars/{id}/audit", id).then().statusCode(200)
                .body("holds", equalTo(true))
                .body("links", hasSize(12));
        asQualityManager().get("/cars/{id}/events", id).then()
                .body("type", contains("io.rectify.car.opened.v1", "io.rectify.car.emergency-response-recorded.v1",
                        "io.rectify.car.team-formed.v1", "io.rectify.car.problem-described.v1",
                        "io.rectify.car.containment-recorded.v1", "io.rectify.car.root-cause-determined.v1",
                        "io.rectify.car.actions-planned.v1", "io.rectify.car.action-completed.v1",
                        "io.rectify.car.action-completed.v1", "io.rectify.car.prevention-defined.v1",
                        "io.rectify.car.verified.v1", "io.rectify.car.closed.v1"))
                .body("actor", hasItem(Users.QUINN));
    }

    @Test
    void aStepOutOfOrderIsRefusedWithWhatIsMissingAndChangesNothing() {
        String id = EightD.open("PCBA-ORDER");
        EightD.step(id, "team", EightD.team());
        asQualityManager().contentType(ContentType.JSON).body(EightD.rootCause()).post("/cars/{id}/root-cause", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("TEAM_FORMED"))
                .body("detail", containsString("needs the problem description (D2) first"))
                .body("allowedCommands", contains("team", "problem-description"));
        asQualityManager().get("/cars/{id}/events", id).then().body("$", hasSize(2));
    }

    @Test
    void aStepTooLargeToRecordAsOneEventIsRefusedBeforeAnythingIsWritten() {
        String id = EightD.open("PCBA-LARGE");
        EightD.step(id, "team", EightD.team());
        Map<String, Object> problem = new java.util.HashMap<>(EightD.problem());
        problem.put("isIsNot", java.util.Collections.nCopies(40,
                Map.of("dimension", "line", "is", "i".repeat(2_000), "isNot", "n".repeat(2_000))));
        asQualityManager().contentType(ContentType.JSON).body(problem).post("/cars/{id}/problem-description", id)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("problem-described"))
                .body("maxBytes", equalTo(65_536));
        asQualityManager().get("/cars/{id}/events", id).then().body("$", hasSize(2));
        assertEquals(200, EightD.step(id, "problem-description", EightD.problem()), "the case goes on with a step of sane size");
    }

    @Test
    void closureNeedsAnEffectiveVerificationAndNotEffectiveGoesBackToD4() {
        String id = EightD.open("PCBA-NE");
        for (var step : new Object[][]{{"team", EightD.team()}, {"problem-description", EightD.problem()},
                {"containment", EightD.containment()}, {"root-cause", EightD.rootCause()},
                {"corrective-actions", EightD.actions(NEXT_WEEK)},
                {"corrective-actions/A1/completion", EightD.evidence("done")},
                {"corrective-actions/A2/completion", EightD.evidence("done")}, {"prevention", EightD.prevention()}}) {
            assertEquals(200, EightD.step(id, (String) step[0], step[1]), (String) step[0]);
        }
        assertEquals(409, EightD.step(id, "closure", Map.of("lessonsLearned", "too early")));
        asQualityManager().contentType(ContentType.JSON).body(EightD.verification("NOT_EFFECTIVE")).post("/cars/{id}/verification", id)
                .then().statusCode(200)
                .body("status", equalTo("CONTAINED"))
                .body("allowedCommands", hasItem("root-cause"));
    }

    @Test
    void badStepBodiesNameTheirFields() {
        String id = EightD.open("PCBA-BAD");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("members", java.util.List.of()))
                .post("/cars/{id}/team", id)
                .then().statusCode(400).body("errors.field", contains("leader"));
        EightD.step(id, "team", EightD.team());
        EightD.step(id, "problem-description", EightD.problem());
        asQualityManager().contentType(ContentType.JSON).body(Map.of("containment", Map.of(), "verification", "x"))
                .post("/cars/{id}/containment", id)
                .then().statusCode(400).body("errors.field", contains("containment"));
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("containment", Map.of("inHouse", Map.of("quantity", -1, "action", "")), "verification", "x"))
                .post("/cars/{id}/containment", id)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("containment.inHouse.quantity",
                        "containment.inHouse.action"));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = EightD.open("PCBA-412");
        asQualityManager().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(EightD.team()).post("/cars/{id}/team", id)
                .then().statusCode(412).body("currentVersion", equalTo(1));
    }

    @Test
    void theReportIsPrintableHtmlBuiltFromTheEvents() {
        String id = EightD.open("PCBA-REPORT");
        EightD.step(id, "team", EightD.team());
        EightD.step(id, "problem-description", EightD.problem());
        String reference = asQualityManager().get("/cars/{id}", id).then().extract().path("reference");
        String html = asQualityManager().get("/cars/{id}/report", id)
                .then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        for (String expected : new String[]{"8D report " + reference, "D1 Team", "A. Petrović", "D2 Problem description",
                "Voids &gt; 25 % under U7", "line 2", "Not determined yet", "@media print"}) {
            assertEquals(true, html.contains(expected), "the report shows " + expected);
        }
        asQualityManager().get("/cars/{id}/report", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theCarAndItsReportAsTheyStoodAtAPastMoment() {
        String id = EightD.open("PCBA-AS-OF");
        EightD.step(id, "team", EightD.team());
        EightD.step(id, "problem-description", EightD.problem());
        java.util.List<String> times = asQualityManager().get("/cars/{id}/events", id).then().extract().path("occurredAt");
        String teamFormed = times.get(1);

        asQualityManager().queryParam("asOf", teamFormed).get("/cars/{id}", id).then().statusCode(200)
                .header("ETag", nullValue())
                .body("version", equalTo(2))
                .body("allowedCommands", hasSize(0));
        asQualityManager().queryParam("asOf", times.get(2)).get("/cars/{id}", id).then().statusCode(200).body("version", equalTo(3));
        String before = asQualityManager().queryParam("asOf", teamFormed).get("/cars/{id}/report", id)
                .then().statusCode(200).extract().asString();
        assertEquals(true, before.contains("As it stood on"), before);
        assertEquals(true, before.contains("A. Petrović"), "the team was formed then");
        assertEquals(false, before.contains("Voids &gt; 25 % under U7"), "the problem was described later");
        asQualityManager().queryParam("asOf", java.time.Instant.parse(times.get(0)).minusSeconds(1).toString())
                .get("/cars/{id}", id).then().statusCode(404);
        asQualityManager().queryParam("asOf", "last week").get("/cars/{id}/report", id).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void theQualityTeamSharesTheReportOnlyOfACarThatServesAComplaint() {
        String id = EightD.open("PCBA-SHARE");
        asQualityManager().get("/cars/{id}", id).then()
                .body("allowedCommands", org.hamcrest.Matchers.not(hasItem("report/sharing")))
                .body("reportSharedAt", nullValue());
        Users.asCustomer("ACME-01").header("If-Match", "\"1\"").post("/cars/{id}/report/sharing", id)
                .then().statusCode(403);
        asQualityManager().header("If-Match", "\"1\"").post("/cars/{id}/report/sharing", id)
                .then().statusCode(409)
                .body("detail", containsString("serves no complaint, so there is no customer to share its report with"));
        asQualityManager().get("/cars/{id}/events", id).then().body("type", contains("io.rectify.car.opened.v1"));
    }

    @Test
    void anActionPastItsDueDateIsRecordedAsOverdueOnce() {
        String id = EightD.open("PCBA-LATE");
        for (var step : new Object[][]{{"team", EightD.team()}, {"problem-description", EightD.problem()},
                {"containment", EightD.containment()}, {"root-cause", EightD.rootCause()},
                {"corrective-actions", EightD.actions(LocalDate.now(ZoneOffset.UTC).minusDays(1))}}) {
            assertEquals(200, EightD.step(id, (String) step[0], step[1]));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().get("/cars/{id}", id)
                .then().body("actions.overdue", contains(true, true)));
        asQualityManager().get("/cars/{id}/events", id).then()
                .body("findAll { it.type == 'io.rectify.car.action-overdue.v1' }", hasSize(2))
                .body("findAll { it.type == 'io.rectify.car.action-overdue.v1' }.actor", contains("system:car-service", "system:car-service"));
    }

    @Test
    void listsFilterByStatus() {
        String id = EightD.open("PCBA-LIST");
        EightD.step(id, "team", EightD.team());
        asQualityManager().queryParam("status", "TEAM_FORMED").get("/cars").then().statusCode(200).body("items.id", hasItem(id));
        asQualityManager().queryParam("status", "CLOSED").get("/cars").then().body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        asQualityManager().get("/cars/{id}", UUID.randomUUID()).then().statusCode(404).body("type", endsWith("not-found"));
    }
}
