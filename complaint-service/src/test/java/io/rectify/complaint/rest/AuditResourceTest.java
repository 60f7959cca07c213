package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.audit.CanonicalEncoding;
import io.rectify.contracts.audit.MerkleTree;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asQualityManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aCaseAsItStoodAtAPastMomentIsItsEventsUpToThenFoldedAgain() {
        Map<String, Object> form = ComplaintForms.valid();
        String customer = (String) ((Map<?, ?>) form.get("customer")).get("id");
        String id = asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201).extract().path("id");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("comment", "samples requested"))
                .post("/complaints/{id}/acknowledgement", id).then().statusCode(200);
        List<String> times = asQualityManager().get("/complaints/{id}/events", id).then().extract().path("occurredAt");
        Instant received = Instant.parse(times.get(0));
        Instant acknowledged = Instant.parse(times.get(1));

        asQualityManager().queryParam("asOf", received.toString()).get("/complaints/{id}", id).then().statusCode(200)
                .header("ETag", nullValue())
                .body("status", equalTo("RECEIVED"))
                .body("version", equalTo(1))
                .body("acknowledgedAt", nullValue())
                .body("allowedCommands", equalTo(List.of()));
        // the same moment written with an offset
        asQualityManager().queryParam("asOf", acknowledged.atOffset(ZoneOffset.ofHours(2)).toString()).get("/complaints/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("version", equalTo(2));
        asQualityManager().queryParam("asOf", received.minusNanos(1000).toString()).get("/complaints/{id}", id).then()
                .statusCode(404);
        // a customer sees their own case in the past too, another customer still nothing
        asCustomer(customer).queryParam("asOf", received.toString()).get("/complaints/{id}", id).then().statusCode(200)
                .body("status", equalTo("RECEIVED"));
        asCustomer("SOMEONE-ELSE").queryParam("asOf", received.toString()).get("/complaints/{id}", id).then().statusCode(404);

        for (String wrong : List.of("yesterday", "2026-11-20", "2026-11-20T10:00:00")) {
            asQualityManager().queryParam("asOf", wrong).get("/complaints/{id}", id).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("asOf"));
        }
    }

    @Test
    void anAnchoredCasesAuditProvesItsHeadAgainstThePublishedRoot() {
        String id = asQualityManager().contentType(ContentType.JSON).body(ComplaintForms.valid()).post("/complaints")
                .then().statusCode(201).extract().path("id");
        asQualityManager().post("/admin/audit/anchors").then().statusCode(403);
        var anchor = asAdmin().post("/admin/audit/anchors").then().statusCode(200)
                .body("topic", equalTo("complaints.events"))
                .extract().jsonPath();
        var audit = asQualityManager().get("/complaints/{id}/audit", id).then().statusCode(200)
                .body("anchored.anchoredIn.anchor", equalTo(anchor.getInt("anchor")))
                .body("anchored.version", equalTo(1))
                .extract().jsonPath();
        assertEquals(audit.getString("links[0].hash"), audit.getString("anchored.hash"));
        byte[] leaf = MerkleTree.leafHash("complaint", java.util.UUID.fromString(id), 1, audit.getString("anchored.hash"));
        assertTrue(MerkleTree.verifyInclusion(leaf, audit.getLong("anchored.leaf"), anchor.getLong("streams"),
                audit.getList("anchored.path", String.class).stream().map(CanonicalEncoding::unhex).toList(),
                CanonicalEncoding.unhex(anchor.getString("root"))));
        asAdmin().get("/admin/audit/verification").then().statusCode(200)
                .body("holds", equalTo(true))
                .body("anchor.recomputedRoot", equalTo(anchor.getString("root")));
    }
}
