package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asIntegrator;
import static io.rectify.testing.Users.asQualityEngineer;
import static io.rectify.testing.Users.asQualityManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A customer's user sees and acts on their own customer's cases only; another customer's case is
 * 404, as if it did not exist. The actor of every event is the user behind the token.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class CustomerIsolationTest {

    @Test
    void aCustomerSeesOnlyTheirOwnCasesAndAnotherCustomersCaseIsNotFound() {
        String acme = "ACME-" + System.nanoTime();
        String globex = "GLOBEX-" + System.nanoTime();
        String id = file(asCustomer(acme), acme).statusCode(201).extract().path("id");
        file(asCustomer(globex), globex).statusCode(201);

        asCustomer(acme).get("/complaints/{id}", id).then().statusCode(200).body("customer.id", equalTo(acme));
        asCustomer(acme).get("/complaints/{id}/events", id).then().statusCode(200);
        asCustomer(acme).queryParam("size", 100).get("/complaints").then().statusCode(200)
                .body("items.customer.id", everyItem(equalTo(acme))).body("items.id", hasItem(id));

        RequestSpecification other = asCustomer(globex);
        other.get("/complaints/{id}", id).then().statusCode(404).contentType("application/problem+json");
        asCustomer(globex).get("/complaints/{id}/events", id).then().statusCode(404);
        asCustomer(globex).get("/complaints/{id}/dispute/settlement", id).then().statusCode(404);
        asCustomer(globex).queryParam("customerId", acme).get("/complaints").then().statusCode(200)
                .body("total", equalTo(0));
        asCustomer(globex).queryParam("size", 100).get("/complaints").then()
                .body("items.id", not(hasItem(id))).body("items.customer.id", everyItem(equalTo(globex)));
        // acting on it is as unknown as reading it, and changes nothing
        int version = asQualityManager().get("/complaints/{id}", id).then().extract().path("version");
        asCustomer(globex).contentType(ContentType.JSON).body(Map.of("contests", "REJECTION", "issueStatement", "x",
                "customerClaim", "y")).post("/complaints/{id}/dispute", id).then().statusCode(404);
        asCustomer(globex).contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/remedy/acceptance", id)
                .then().statusCode(404);
        asQualityManager().get("/complaints/{id}", id).then().body("version", equalTo(version));
    }

    @Test
    void aCustomerFilesForTheirOwnCustomerOnlyWhileStaffAndIntegrationsFileForAny() {
        String acme = "ACME-" + System.nanoTime();
        String globex = "GLOBEX-" + System.nanoTime();
        file(asCustomer(acme), globex).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("your own customer"));
        asQualityManager().queryParam("customerId", globex).get("/complaints").then().body("total", equalTo(0));

        file(asQualityEngineer(), globex).statusCode(201);
        file(asIntegrator(), globex).statusCode(201);
        file(asAdmin(), globex).statusCode(403);
        asQualityManager().queryParam("customerId", globex).get("/complaints").then().body("total", equalTo(2));
    }

    @Test
    void theActorOfEveryEventIsTheUserBehindTheTokenWhateverXActorSays() {
        String acme = "ACME-" + System.nanoTime();
        String id = file(asCustomer(acme), acme).statusCode(201).extract().path("id");
        asQualityEngineer().header("X-Actor", "mallory").post("/complaints/{id}/acknowledgement", id).then().statusCode(200);

        asCustomer(acme).get("/complaints/{id}/events", id).then()
                .body("[0].actor", equalTo(Users.customerUsername(acme)))
                .body("[0].actorId", equalTo(TestTokens.subjectOf(Users.customerUsername(acme))))
                .body("[1].actor", equalTo(Users.ALICE))
                .body("[1].actorId", equalTo(TestTokens.subjectOf(Users.ALICE)))
                .body("actor", not(hasItem("mallory")));
    }

    private static io.restassured.response.ValidatableResponse file(RequestSpecification as, String customerId) {
        return as.contentType(ContentType.JSON).header("X-Actor", "mallory")
                .body(ComplaintForms.valid(customerId, "SW-100", "LOT-ISO")).post("/complaints").then();
    }
}
