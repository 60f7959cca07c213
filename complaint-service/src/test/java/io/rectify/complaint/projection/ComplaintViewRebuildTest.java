package io.rectify.complaint.projection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintViewRebuildTest {

    @Inject
    Pool pool;

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
    void aRebuildRunningOnAnyInstanceIsNamedAndASecondOneRefusedUntilItEndsOrDies() {
        awaitNoRebuildRunning();
        // as another instance records the rebuild it runs, beating after every batch
        pool.preparedQuery("update projection_rebuilds set state = 'RUNNING', started_by = 'eve', started_at = now(),"
                + " heartbeat_at = now(), finished_at = null where projection = $1").execute(Tuple.of(ComplaintViewProjection.NAME))
                .await().atMost(Duration.ofSeconds(10));
        asAdmin().post("/admin/projections/complaint-view/rebuild").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("started by eve"));
        asAdmin().get("/admin/projections/complaint-view/rebuild").then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("startedBy", equalTo("eve"));

        // its instance died: no heartbeat for longer than a batch ever takes, so it may be started again
        pool.preparedQuery("update projection_rebuilds set heartbeat_at = now() - interval '10 minutes' where projection = $1")
                .execute(Tuple.of(ComplaintViewProjection.NAME)).await().atMost(Duration.ofSeconds(10));
        asAdmin().post("/admin/projections/complaint-view/rebuild").then().statusCode(202).body("startedBy", equalTo("ada"));
        awaitNoRebuildRunning();
        asAdmin().get("/admin/projections/complaint-view/rebuild").then().body("state", equalTo("DONE"));
    }

    private static void awaitNoRebuildRunning() {
        asAdmin().post("/admin/projections/complaint-view/rebuild").then().statusCode(org.hamcrest.Matchers.oneOf(202, 409));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                asAdmin().get("/admin/projections/complaint-view/rebuild").then().extract().path("state")));
    }

    @Test
    void rebuildingAnUnknownProjectionIs404() {
        asAdmin().post("/admin/projections/no-such-view/rebuild").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Map<String, Object>> page(String customer) {
        return asQualityManager().queryParam("customerId", customer).get("/complaints").then().statusCode(200).extract().path("items");
    }
}
