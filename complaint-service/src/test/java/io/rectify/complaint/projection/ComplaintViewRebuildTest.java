package io.rectify.complaint.projection;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static io.rectify.testing.Users.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintViewRebuildTest {

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
                .then().statusCode(200)
                .body("projection", equalTo("complaint-view"))
                .body("streams", greaterThanOrEqualTo(5))
                .body("events", greaterThanOrEqualTo(7));

        assertEquals(before, page(customer));
        asQualityManager().get("/complaints/{id}", ids.get(3)).then().header("ETag", "\"2\"").body("status", equalTo("ACKNOWLEDGED"));
    }

    @Test
    void rebuildingAnUnknownProjectionIs404() {
        asAdmin().post("/admin/projections/no-such-view/rebuild").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Map<String, Object>> page(String customer) {
        return asQualityManager().queryParam("customerId", customer).get("/complaints").then().statusCode(200).extract().path("items");
    }
}
