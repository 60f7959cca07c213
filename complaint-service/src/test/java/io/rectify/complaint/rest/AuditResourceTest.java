package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asQualityManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /complaints/{id}/audit: the case's hash chain, for whoever may read its history, and the store's verification for admins. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class AuditResourceTest {

    @Test
    void aCasesChainLinksEachEventToTheOneBeforeAndHolds() {
        Map<String, Object> form = ComplaintForms.valid();
        String customer = (String) ((Map<?, ?>) form.get("customer")).get("id");
        String id = asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201).extract().path("id");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("comment", "samples requested"))
                .post("/complaints/{id}/acknowledgement", id).then().statusCode(200);

        var chain = asQualityManager().get("/complaints/{id}/audit", id).then().statusCode(200)
                .body("holds", equalTo(true))
                .body("firstBroken", nullValue())
                .body("links", hasSize(2))
                .body("links.version", contains(1, 2))
                .body("links.type", contains("io.rectify.complaint.received.v1", "io.rectify.complaint.acknowledged.v1"))
                .body("links[0].previousHash", nullValue())
                .extract().jsonPath();
        assertEquals(chain.getString("links[0].hash"), chain.getString("links[1].previousHash"));

        // the case's own customer may see it, another customer gets 404 as for the case itself
        asCustomer(customer).get("/complaints/{id}/audit", id).then().statusCode(200).body("holds", equalTo(true));
        asCustomer("SOMEONE-ELSE").get("/complaints/{id}/audit", id).then().statusCode(404);

        asAdmin().get("/admin/audit/verification").then().statusCode(200)
                .body("holds", equalTo(true))
                .body("broken", equalTo(List.of()));
        asQualityManager().get("/admin/audit/verification").then().statusCode(403);
    }
}
