package io.rectify.complaint.projection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import io.rectify.eventsourcing.projection.ProjectionRebuilder;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static io.rectify.testing.Users.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintViewRebuildTest {

    @Inject
    ProjectionRebuilder rebuilder;

    @Inject
    Vertx vertx;

    @Test
    void replayingTheEventStoreRebuildsTheSameReadModel() {
        String customer = "CUST-REBUILD-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(asQualityManager().contentType(ContentType.JSON).body(ComplaintForms.valid(customer, "SW-" + i, "LOT-" + i))
                    .post("/complaints").then().statusCode(201).extract().path("id"));
        }
        asQualityManager().post("/complaints/{id}/acknowledgement", ids.get(0)).then().statusCode(200);
        asQualityManager().post("/complaints/{id}/acknowledgement", ids.get(3)).then().statusCode(200);

        List<Map<String, Object>> before = page(customer);

        asAdmin().get("/admin/projections").then().statusCode(200).body("name", hasItem("complaint-view"));
        asAdmin().post("/admin/projections/complaint-view/rebuild")
                .then().statusCode(202)
                .header("Location", endsWith("/admin/projections/complaint-view/rebuild"))
                .body("projection", equalTo("complaint-view"))
                .body("state", equalTo("RUNNING"))
                .body("startedBy", equalTo("ada"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
                asAdmin().get("/admin/projections/complaint-view/rebuild").then().statusCode(200).extract().path("state")));
        asAdmin().get("/admin/projections/complaint-view/rebuild").then()
                .body("streams", greaterThanOrEqualTo(5))
                .body("events", greaterThanOrEqualTo(7))
                .body("finishedAt", notNullValue());

        assertEquals(before, page(customer));
        asQualityManager().get("/complaints/{id}", ids.get(3)).then().header("ETag", "\"2\"").body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefusedNamingTheRunningOne() {
        ProjectionRebuilder.Rebuild first = runOnTheEventLoop(() -> rebuilder.start(ComplaintViewProjection.NAME, "ada"));
        ProjectionRebuilder.RebuildRunningException second = assertThrows(ProjectionRebuilder.RebuildRunningException.class,
                () -> runOnTheEventLoop(() -> rebuilder.start(ComplaintViewProjection.NAME, "bob")));
        assertTrue(second.getMessage().contains("started by ada at " + first.startedAt()), second.getMessage());
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilder.latest(ComplaintViewProjection.NAME).orElseThrow().state()
                != ProjectionRebuilder.State.RUNNING);
        assertEquals(ProjectionRebuilder.State.DONE, rebuilder.latest(ComplaintViewProjection.NAME).orElseThrow().state());
    }

    /** The rebuilder starts on a Vert.x context, as it does when the admin endpoint calls it. */
    private ProjectionRebuilder.Rebuild runOnTheEventLoop(java.util.function.Supplier<ProjectionRebuilder.Rebuild> start) {
        java.util.concurrent.CompletableFuture<ProjectionRebuilder.Rebuild> result = new java.util.concurrent.CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> {
            try {
                result.complete(start.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rebuildingAnUnknownProjectionIs404() {
        asAdmin().post("/admin/projections/no-such-view/rebuild").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Map<String, Object>> page(String customer) {
        return asQualityManager().queryParam("customerId", customer).get("/complaints").then().statusCode(200).extract().path("items");
    }
}
