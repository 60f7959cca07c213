package io.rectify.complaint.analytics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.PeerTopics;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asIntegrator;
import static io.rectify.testing.Users.asQualityEngineer;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Given cases with known parts and root causes, the Pareto counts them as they are, in JSON and in CSV. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class AnalyticsResourceTest {

    @Inject
    PeerTopics carEvents;

    @Test
    void aParetoByPartPutsTheLargestFirstWithSharesQuantitiesAndCumulativeShare() {
        String customer = "PARETO-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            file(customer, "P-A", 10, i == 0 ? "CRITICAL" : "MAJOR");
        }
        file(customer, "P-B", 5, "MAJOR");
        file(customer, "P-B", 5, "MINOR");
        file(customer, "P-C", 1, "MINOR");

        asQualityEngineer().queryParam("by", "part").queryParam("customerId", customer).get("/analytics/pareto").then()
                .statusCode(200)
                .body("dimension", equalTo("part"))
                .body("complaints", equalTo(6))
                .body("unclassified", equalTo(0))
                .body("items.key", contains("P-A", "P-B", "P-C"))
                .body("items.complaints", contains(3, 2, 1))
                .body("items.quantityAffected", contains(30, 10, 1))
                .body("items.share", contains(0.5f, 0.3333f, 0.1667f))
                .body("items.cumulativeShare", contains(0.5f, 0.8333f, 1.0f));
        asQualityEngineer().queryParam("by", "part").queryParam("customerId", customer).queryParam("severity", "CRITICAL")
                .get("/analytics/pareto").then().statusCode(200)
                .body("items.key", contains("P-A")).body("items.complaints", contains(1));

        String csv = asIntegrator().accept("text/csv").queryParam("by", "part").queryParam("customerId", customer)
                .get("/analytics/pareto").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("pareto-part-")).extract().asString();
        List<String> lines = csv.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("part,complaints,quantityAffected,share,cumulativeShare",
                "P-A,3,30,0.5,0.5", "P-B,2,10,0.3333,0.8333", "P-C,1,1,0.1667,1.0"), lines);
    }

    @Test
    void theCasesBehindAParetoItemAreListedNewestFirstAndTheirCountIsTheBars() {
        String customer = "ITEM-" + System.nanoTime();
        String first = file(customer, "I-A", 2, "MAJOR");
        String second = file(customer, "I-A", 3, "MINOR");
        file(customer, "I-B", 1, "MINOR");

        asIntegrator().queryParam("by", "part").queryParam("key", "I-A").queryParam("customerId", customer)
                .get("/analytics/pareto/cases").then().statusCode(200)
                .body("dimension", equalTo("part"))
                .body("key", equalTo("I-A"))
                .body("total", equalTo(2))
                .body("items.id", contains(second, first))
                .body("items.quantityAffected", contains(3, 2));
        String csv = asQualityEngineer().accept("text/csv").queryParam("by", "part").queryParam("key", "I-B")
                .queryParam("customerId", customer).get("/analytics/pareto/cases").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(2, csv.lines().count(), csv);
        asQualityEngineer().queryParam("by", "part").get("/analytics/pareto/cases").then().statusCode(400)
                .body("errors.field", contains("key"));
        asCustomer(customer).queryParam("by", "part").queryParam("key", "I-A").get("/analytics/pareto/cases").then()
                .statusCode(403);
    }

    @Test
    void aParetoOfOccurrenceCausesCountsTheCategoriesTheCarsDeterminedAndTheRestAsUnclassified() throws Exception {
        String customer = "CAUSES-" + System.nanoTime();
        caseWithRootCause(customer, RootCause.Category.MACHINE, RootCause.Category.MEASUREMENT);
        caseWithRootCause(customer, RootCause.Category.MACHINE, RootCause.Category.METHOD);
        caseWithRootCause(customer, RootCause.Category.MATERIAL, RootCause.Category.MEASUREMENT);
        file(customer, "P-A", 3, "MAJOR");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asQualityManager().queryParam("by", "occurrence-cause")
                .queryParam("customerId", customer).get("/analytics/pareto").then().statusCode(200)
                .body("items.key", contains("MACHINE", "MATERIAL"))
                .body("items.complaints", contains(2, 1))
                .body("unclassified", equalTo(1)));
        asQualityManager().queryParam("by", "escape-cause").queryParam("customerId", customer).get("/analytics/pareto").then()
                .body("items.key", contains("MEASUREMENT", "METHOD")).body("items.complaints", contains(2, 1));

        // rebuilt from the store by replay, the model answers the same
        asAdmin().post("/admin/projections/{name}/rebuild", ComplaintAnalyticsProjection.NAME).then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asAdmin()
                .get("/admin/projections/{name}/rebuild", ComplaintAnalyticsProjection.NAME).then().body("state", equalTo("DONE")));
        asQualityManager().queryParam("by", "occurrence-cause").queryParam("customerId", customer).get("/analytics/pareto")
                .then().body("items.key", contains("MACHINE", "MATERIAL")).body("items.complaints", contains(2, 1))
                .body("unclassified", equalTo(1));
    }

    @Test
    void trendsCountReceivedOpenAndRepeatedCasesPerMonthAndARejectedCaseIsNoLongerOpen() {
        String customer = "TRENDS-" + System.nanoTime();
        String part = "TR-" + System.nanoTime();
        file(customer, part, 4, "MAJOR");
        file(customer, part, 4, "MAJOR"); // same part and lot: repeats the first
        String rejected = file(customer, "OTHER-" + System.nanoTime(), 1, "MINOR");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("reason", "not our part"))
                .post("/complaints/{id}/rejection", rejected).then().statusCode(200);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.withDayOfMonth(1).minusMonths(1);
        asQualityEngineer().queryParam("interval", "month").queryParam("from", from.toString())
                .queryParam("customerId", customer).get("/analytics/trends").then().statusCode(200)
                .body("interval", equalTo("month"))
                .body("points.from", contains(from.toString(), today.withDayOfMonth(1).toString()))
                .body("points.to", contains(today.withDayOfMonth(1).minusDays(1).toString(), today.toString()))
                .body("points.received", contains(0, 3))
                .body("points.closed", contains(0, 0))
                .body("points.open", contains(0, 2))
                .body("points.repeats", contains(0, 1))
                .body("points.missedDeadlines", contains(0, 0));
        String csv = asIntegrator().accept("text/csv").queryParam("from", from.toString()).queryParam("customerId", customer)
                .get("/analytics/trends").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("from,to,received,closed,open,repeats,missedDeadlines",
                from + "," + today.withDayOfMonth(1).minusDays(1) + ",0,0,0,0,0",
                today.withDayOfMonth(1) + "," + today + ",3,0,2,1,0"), csv.lines().toList());
        asQualityEngineer().queryParam("interval", "day").get("/analytics/trends").then().statusCode(400)
                .body("errors.field", contains("interval"));
        asCustomer(customer).get("/analytics/trends").then().statusCode(403);
    }

    @Test
    void kpisCountMilestonesMetAgreedRemediesAndRecurrencesOfThePeriod() {
        String customer = "KPIS-" + System.nanoTime();
        String acknowledged = file(customer, "K-A", 1, "MAJOR");
        step(acknowledged, "acknowledgement", Map.of());
        String rejected = file(customer, "K-B", 1, "MAJOR");
        step(rejected, "rejection", Map.of("reason", "not our part"));
        String credited = file(customer, "K-C", 1, "MAJOR");
        step(credited, "acknowledgement", Map.of());
        step(credited, "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", 1250, "currency", "EUR")));
        asCustomer(customer).contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/remedy/acceptance", credited)
                .then().statusCode(200);
        String replaced = file(customer, "K-D", 1, "MAJOR");
        step(replaced, "acknowledgement", Map.of());
        step(replaced, "remedy", Map.of("type", "REPLACEMENT", "quantity", 40));
        asCustomer(customer).contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/remedy/acceptance", replaced)
                .then().statusCode(200);
        file(customer, "K-D", 1, "MAJOR"); // repeats the one before: same part and lot; nothing done yet

        var kpis = asQualityManager().queryParam("customerId", customer).get("/analytics/kpis").then().statusCode(200)
                .body("complaints", equalTo(5))
                .body("milestones.milestone", contains("ACKNOWLEDGEMENT", "CONTAINMENT", "RESPONSE", "CLOSURE"))
                // three acknowledged and the rejection answered in time; the last one is not due yet
                .body("milestones[0].reached", equalTo(3))
                .body("milestones[0].due", equalTo(4))
                .body("milestones[0].onTime", equalTo(4))
                .body("milestones[0].onTimeShare", equalTo(1.0f))
                .body("milestones[3].reached", equalTo(0))
                .body("milestones[3].due", equalTo(1))
                .body("recurrenceRate.count", equalTo(1))
                .body("recurrenceRate.share", equalTo(0.2f))
                .body("reopenRate.count", equalTo(0))
                .body("remedies.mix.type", contains("CREDIT", "REPLACEMENT"))
                .body("remedies.mix.cases", contains(1, 1))
                .body("remedies.credits.currency", contains("EUR"))
                .body("remedies.quantityReplaced", equalTo(40))
                .body("remedies.quantityReturned", equalTo(0))
                .body("disputes.opened", equalTo(0))
                .body("satisfaction.surveysSent", equalTo(0))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(1250.0, kpis.getDouble("remedies.credits[0].amount"));
        org.junit.jupiter.api.Assertions.assertNotNull(kpis.get("milestones[0].medianHours"));
        org.junit.jupiter.api.Assertions.assertNull(kpis.get("milestones[3].medianHours"));

        List<String> csv = asIntegrator().accept("text/csv").queryParam("customerId", customer).get("/analytics/kpis").then()
                .statusCode(200).extract().asString().lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals("kpi,value", csv.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("complaints,5"), csv.toString());
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("remedies.quantityReplaced,40"), csv.toString());
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("recurrenceRate.share,0.2"), csv.toString());
        asCustomer(customer).get("/analytics/kpis").then().statusCode(403);
    }

    private static void step(String id, String command, Map<String, Object> body) {
        asQualityManager().contentType(ContentType.JSON).body(body).post("/complaints/{id}/" + command, id).then().statusCode(200);
    }

    @Test
    void onlyStaffAndIntegratorsMayAskAndBadParametersAreNamed() {
        asCustomer("ACME").queryParam("by", "part").get("/analytics/pareto").then().statusCode(403)
                .contentType("application/problem+json");
        asIntegrator().queryParam("by", "part").get("/analytics/pareto").then().statusCode(200);
        asQualityEngineer().queryParam("by", "colour").queryParam("from", "last week").queryParam("severity", "HUGE")
                .get("/analytics/pareto").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("by", "from", "severity"));
        asQualityEngineer().queryParam("by", "part").queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .get("/analytics/pareto").then().statusCode(400).body("errors.field", contains("from"));
        asQualityEngineer().get("/analytics/pareto").then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("by"));
    }

    private static String file(String customer, String part, int quantity, String severity) {
        Map<String, Object> form = ComplaintForms.valid(customer, part, "LOT-" + part);
        form.put("quantityAffected", quantity);
        form.put("severity", severity);
        return asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints").then().statusCode(201)
                .extract().path("id");
    }

    /** A case whose CAR determined its root causes, as car-service would tell it on cars.events. */
    private void caseWithRootCause(String customer, RootCause.Category occurrence, RootCause.Category escape) throws Exception {
        String id = file(customer, "P-X", 2, "MAJOR");
        for (String step : List.of("acknowledgement", "analysis", "corrective-action-request")) {
            asQualityManager().contentType(ContentType.JSON)
                    .body(step.equals("analysis") ? Map.of("rootCauseHypothesis", "voids") : Map.of())
                    .post("/complaints/{id}/" + step, id).then().statusCode(200);
        }
        UUID complaintId = UUID.fromString(id);
        UUID carId = UUID.randomUUID();
        carEvents.publish(complaintId, new CarEvent.Opened(carId, "CAR-" + carId, complaintId, "CMP", CarSource.CUSTOMER, "voids", null,
                new Product("P-X", null), "LOT-P-X", Severity.MAJOR, null, Instant.now()), 1);
        carEvents.publish(complaintId, new CarEvent.RootCauseDetermined(carId,
                new RootCause("why it occurred", RootCause.Method.FIVE_WHY, occurrence, List.of()),
                new RootCause("why it escaped", RootCause.Method.IS_IS_NOT, escape, List.of()), "reproduced", Instant.now()), 6);
    }

}
