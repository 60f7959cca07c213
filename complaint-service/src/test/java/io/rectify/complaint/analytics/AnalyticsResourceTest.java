package io.rectify.complaint.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

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
        publish(complaintId, new CarEvent.Opened(carId, "CAR-" + carId, complaintId, "CMP", CarSource.CUSTOMER, "voids", null,
                new Product("P-X", null), "LOT-P-X", Severity.MAJOR, null, Instant.now()), 1);
        publish(complaintId, new CarEvent.RootCauseDetermined(carId,
                new RootCause("why it occurred", RootCause.Method.FIVE_WHY, occurrence, List.of()),
                new RootCause("why it escaped", RootCause.Method.IS_IS_NOT, escape, List.of()), "reproduced", Instant.now()), 6);
    }

    private void publish(UUID complaintId, CarEvent event, long sequence) throws Exception {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), "/car-service", CarEvent.TYPES.nameOf(event),
                event.carId().toString(), Instant.now(), "application/json", complaintId, sequence, "a.petrovic",
                "subject-a-petrovic", UUID.randomUUID(), null, json.writeValueAsString(event));
        new TopicClient(bootstrapServers).send(CloudEventsKafka.toRecord("cars.events", envelope));
    }
}
