package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.rectify.testing.Users.asQualityManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintResourceTest {

    @Test
    void filingAComplaintCreatesACaseWithReferenceLocationAndETag() {
        ExtractableResponse<Response> created = asQualityManager().contentType(ContentType.JSON).body(ComplaintForms.valid())
                .header("X-Actor", "crm:sales-portal")
                .when().post("/complaints")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("RECEIVED"))
                .body("version", equalTo(1))
                .body("reference", matchesPattern("CMP-\\d{4}-\\d{6}"))
                .body("customer.language", equalTo("el"))
                .body("product.partNumber", equalTo("SW-100"))
                .body("requestedRemedy", equalTo("REPLACEMENT"))
                .body("allowedCommands", contains("acknowledgement", "rejection"))
                .body("deadlines.milestone", contains("ACKNOWLEDGEMENT", "RESPONSE", "CLOSURE"))
                .body("deadlines.status", everyItem(equalTo("OPEN")))
                .body("nextDue.milestone", equalTo("ACKNOWLEDGEMENT"))
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/complaints/" + id));

        asQualityManager().get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("reference", equalTo(created.path("reference")))
                .body("description", equalTo("Switch contacts stick after 2,000 cycles"));
    }

    @Test
    void criticalComplaintsOweContainmentWithin24Hours() {
        Map<String, Object> form = ComplaintForms.valid();
        form.put("severity", "CRITICAL");
        asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201)
                .body("deadlines.milestone", contains("ACKNOWLEDGEMENT", "CONTAINMENT", "RESPONSE", "CLOSURE"));
    }

    @Test
    void anInvalidFormIsRefusedWithEveryBadFieldNamedAndNothingIsCreated() {
        Map<String, Object> form = ComplaintForms.valid("CUST-INVALID-" + UUID.randomUUID(), "SW-1", "L-1");
        ComplaintForms.nested(form, "customer").put("email", "not-an-address");
        form.remove("lotNumber");
        form.put("quantityAffected", 0);
        ComplaintForms.nested(form, "occurrence").remove("phase");
        String customerId = (String) ComplaintForms.nested(form, "customer").get("id");

        asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("customer.email", "lotNumber", "quantityAffected", "occurrence.phase"))
                .body("detail", containsString("lotNumber"));

        asQualityManager().queryParam("customerId", customerId).get("/complaints")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anUnknownEnumValueIsRefusedNamingTheFieldAndTheAllowedValues() {
        Map<String, Object> form = ComplaintForms.valid();
        form.put("severity", "URGENT");
        asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("severity"))
                .body("errors[0].message", containsString("CRITICAL"));

        ComplaintForms.nested(form, "customer").put("language", "de");
        form.put("severity", "MINOR");
        asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("customer.language"));
    }

    @Test
    void malformedJsonAndAMissingBodyAreProblems() {
        asQualityManager().contentType(ContentType.JSON).body("{\"customer\": ").post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json");
        asQualityManager().contentType(ContentType.JSON).post("/complaints")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theSameIdempotencyKeyAndFormReturnTheSameCase() {
        Map<String, Object> form = ComplaintForms.valid();
        String key = UUID.randomUUID().toString();
        String first = asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                .post("/complaints").then().statusCode(201).extract().path("id");
        asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                .post("/complaints")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/complaints/" + first))
                .body("id", equalTo(first));

        String customerId = (String) ComplaintForms.nested(form, "customer").get("id");
        asQualityManager().queryParam("customerId", customerId).get("/complaints")
                .then().body("total", equalTo(1));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherFormIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = ComplaintForms.valid();
        asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form).post("/complaints")
                .then().statusCode(201);
        form.put("quantityAffected", 7);
        asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form).post("/complaints")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString(key));
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyCreateOneCase() throws Exception {
        Map<String, Object> form = ComplaintForms.valid();
        String key = UUID.randomUUID().toString();
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                    .post("/complaints").then().statusCode(201).extract().path("id"));
        }
        Set<String> ids = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> id : pool.invokeAll(requests)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ids.size());
        String customerId = (String) ComplaintForms.nested(form, "customer").get("id");
        asQualityManager().queryParam("customerId", customerId).get("/complaints").then().body("total", equalTo(1));
    }

    @Test
    void acknowledgementMovesTheCaseOnAndIsRecordedWithWhoAndWhy() {
        String id = file(ComplaintForms.valid());
        asQualityManager().contentType(ContentType.JSON).header("If-Match", "\"1\"").header("X-Actor", "m.papadopoulou")
                .body(Map.of("comment", "Samples requested from the customer"))
                .post("/complaints/{id}/acknowledgement", id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedAt", notNullValue())
                .body("version", equalTo(2));

        asQualityManager().get("/complaints/{id}/events", id)
                .then().statusCode(200)
                .body("type", contains("io.rectify.complaint.received.v1", "io.rectify.complaint.acknowledged.v1"))
                .body("version", contains(1, 2))
                .body("[1].actor", equalTo(Users.QUINN))
                .body("[1].actorId", equalTo(TestTokens.subjectOf(Users.QUINN)))
                .body("[1].data.comment", equalTo("Samples requested from the customer"))
                .body("[0].data.reference", matchesPattern("CMP-\\d{4}-\\d{6}"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = file(ComplaintForms.valid());
        asQualityManager().header("If-Match", "\"7\"").post("/complaints/{id}/acknowledgement", id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
        asQualityManager().get("/complaints/{id}", id).then().body("status", equalTo("RECEIVED")).header("ETag", "\"1\"");
    }

    @Test
    void anIllegalTransitionIsRefusedWith409NamingTheStatusAndWhatIsAllowed() {
        String id = file(ComplaintForms.valid());
        asQualityManager().post("/complaints/{id}/acknowledgement", id).then().statusCode(200);
        asQualityManager().post("/complaints/{id}/acknowledgement", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("ACKNOWLEDGED"))
                .body("command", equalTo("acknowledgement"))
                .body("allowedCommands", notNullValue());
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(2));
    }

    @Test
    void concurrentWritersOfOneCaseNeverLoseAnUpdate() throws Exception {
        String id = file(ComplaintForms.valid());
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            writers.add(() -> asQualityManager().header("If-Match", "\"1\"").post("/complaints/{id}/acknowledgement", id).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (Future<Integer> status : pool.invokeAll(writers)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one writer wins: " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 412 || s == 409).count(), "the others are told: " + statuses);
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(2)).body("version", contains(1, 2));
    }

    @Test
    void moreConcurrentFilingsThanDatabaseConnectionsAllSucceed() throws Exception {
        String customer = "CUST-BURST-" + UUID.randomUUID();
        int requests = 60; // three times the reactive pool: a request holding two connections would deadlock here
        List<Callable<Integer>> filings = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Map<String, Object> form = ComplaintForms.valid(customer, "SW-BURST", "LOT-" + i);
            filings.add(() -> asQualityManager().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(form).post("/complaints").statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            for (Future<Integer> status : pool.invokeAll(filings, 60, java.util.concurrent.TimeUnit.SECONDS)) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        asQualityManager().queryParam("customerId", customer).get("/complaints").then().body("total", equalTo(requests));
    }

    @Test
    void unknownCasesAnswer404() {
        asQualityManager().get("/complaints/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        asQualityManager().get("/complaints/{id}/events", UUID.randomUUID()).then().statusCode(404);
        asQualityManager().post("/complaints/{id}/acknowledgement", UUID.randomUUID()).then().statusCode(404);
        asQualityManager().get("/complaints/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listsFilterByCustomerPartLotAndStatusAndPage() {
        String customer = "CUST-LIST-" + UUID.randomUUID();
        String first = file(ComplaintForms.valid(customer, "SW-200", "LOT-A"));
        file(ComplaintForms.valid(customer, "SW-200", "LOT-B"));
        file(ComplaintForms.valid(customer, "SW-300", "LOT-A"));
        asQualityManager().post("/complaints/{id}/acknowledgement", first).then().statusCode(200);

        asQualityManager().queryParam("customerId", customer).get("/complaints")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(3));
        asQualityManager().queryParam("customerId", customer).queryParam("partNumber", "SW-200").get("/complaints")
                .then().body("total", equalTo(2)).body("items.product.partNumber", everyItem(equalTo("SW-200")));
        asQualityManager().queryParam("customerId", customer).queryParam("partNumber", "SW-200").queryParam("lotNumber", "LOT-A")
                .get("/complaints")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(first));
        asQualityManager().queryParam("customerId", customer).queryParam("status", "ACKNOWLEDGED").get("/complaints")
                .then().body("total", equalTo(1)).body("items[0].status", equalTo("ACKNOWLEDGED"));
        asQualityManager().queryParam("customerId", customer).queryParam("size", 2).queryParam("page", 0).get("/complaints")
                .then().body("total", equalTo(3)).body("totalIsExact", equalTo(true)).body("hasMore", equalTo(true))
                .body("items", hasSize(2));
        asQualityManager().queryParam("customerId", customer).queryParam("size", 2).queryParam("page", 1).get("/complaints")
                .then().body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("hasMore", equalTo(false));

        // a case's history comes a page at a time, with a link to the next page
        asQualityManager().queryParam("size", 1).get("/complaints/{id}/events", first).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].version", equalTo(1))
                .header("Link", containsString("page=1&size=1>; rel=\"next\""));
        asQualityManager().queryParam("size", 1).queryParam("page", 1).get("/complaints/{id}/events", first).then()
                .body("$", hasSize(1)).body("[0].version", equalTo(2))
                .header("Link", containsString("rel=\"prev\"")).header("Link", org.hamcrest.Matchers.not(containsString("next")));
        asQualityManager().queryParam("page", 5).get("/complaints/{id}/events", first).then().statusCode(200).body("$", hasSize(0));
        asQualityManager().queryParam("page", 5).get("/complaints/{id}/events", UUID.randomUUID()).then().statusCode(404);
        asQualityManager().queryParam("size", 1000).get("/complaints")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void controlCharactersLoneSurrogatesAndAbsurdRangesAreRefusedNamingTheFieldAndNothingIsFiled() {
        String customer = "TEXT-" + System.nanoTime();
        Map<String, Object> nul = ComplaintForms.valid(customer, "SW-100", "LOT-7");
        nul.put("description", "sticks\\u0000");
        Map<String, Object> surrogate = ComplaintForms.valid(customer, "SW-100", "LOT-7");
        ComplaintForms.nested(surrogate, "customer").put("name", "ACME \\ud800");
        Map<String, Object> future = ComplaintForms.valid(customer, "SW-100", "LOT-7");
        ComplaintForms.nested(future, "occurrence").put("occurredAt", "+999999-01-01T00:00:00Z");
        for (var spoiled : java.util.List.of(Map.entry(nul, "description"), Map.entry(surrogate, "customer.name"),
                Map.entry(future, "occurrence.occurredAt"))) {
            // sent as JSON text, so that the escapes reach the service as written
            String body = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(spoiled.getKey()).toString()
                    .replace("\\\\u", "\\u");
            asQualityManager().contentType(ContentType.JSON).body(body).post("/complaints").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem(spoiled.getValue()));
        }
        asQualityManager().queryParam("customerId", customer).get("/complaints").then().body("total", equalTo(0));

        Map<String, Object> multiline = ComplaintForms.valid(customer, "SW-100", "LOT-7");
        multiline.put("description", "line 1\n\tline 2");
        asQualityManager().contentType(ContentType.JSON).body(multiline).post("/complaints").then().statusCode(201)
                .body("description", equalTo("line 1\n\tline 2"));
        asQualityManager().queryParam("page", 1_000).get("/complaints").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("page"));
    }

    private static String file(Map<String, Object> form) {
        return asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201).extract().path("id");
    }
}
