package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.complaint.SurveyTokens;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Remedies, disputes, mediation and the satisfaction survey through the API, against real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class DisputeResourceTest {

    private static final String SHA = "sha256:" + "3f".repeat(32);

    @ConfigProperty(name = "rectify.survey.secret")
    String surveySecret;

    @Test
    void aRejectedComplaintIsDisputedNegotiatedAndSettledInWritingByBothSides() {
        String id = file();
        post(id, "acknowledgement", Map.of(), 200);
        post(id, "rejection", Map.of("reason", "damage by handling at the customer"), 200);
        post(id, "dispute", Map.of("contests", "REJECTION", "issueStatement", "the parts were damaged before delivery",
                "customerClaim", "accept the complaint and credit 2,400 EUR",
                "amountInDispute", Map.of("amount", 2400, "currency", "EUR")), 200)
                .body("disputes[0].status", equalTo("NEGOTIATION"))
                .body("disputes[0].amountInDispute.currency", equalTo("EUR"));

        post(id, "dispute/evidence", Map.of("type", "PHOTO", "description", "cartons on arrival", "link",
                "https://dms.customer.example/p/88", "checksum", SHA, "submittedBy", "CUSTOMER", "submitterName", "Ana Petrović"), 200);
        post(id, "dispute/evidence", Map.of("type", "TEST_REPORT", "description", "outgoing inspection lot L7", "submittedBy",
                "SUPPLIER", "submitterName", "Nikos Pappas"), 200)
                .body("disputes[0].evidence.submittedBy", contains("CUSTOMER", "SUPPLIER"));

        String first = post(id, "dispute/proposals", Map.of("proposedBy", "SUPPLIER", "terms", "nothing owed; packaging advice"), 200)
                .extract().path("disputes[0].proposals[0].id");
        post(id, "dispute/proposals/" + first + "/rejection", Map.of("rejectedBy", "CUSTOMER", "reason", "the photos show otherwise"), 200);
        String second = post(id, "dispute/proposals", Map.of("proposedBy", "CUSTOMER",
                "terms", "the supplier analyses the returned parts and credits 1,200 EUR",
                "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", 1200, "currency", "EUR")), "reanalysis", true), 200)
                .extract().path("disputes[0].proposals[1].id");
        post(id, "dispute/proposals/" + second + "/acceptance", Map.of("acceptedBy", "CUSTOMER"), 409)
                .body("detail", containsString("the other party answers it"));
        post(id, "dispute/proposals/" + second + "/acceptance", Map.of("acceptedBy", "SUPPLIER", "comment", "agreed"), 200)
                .body("disputes[0].status", equalTo("AWAITING_SIGNATURES"))
                .body("allowedCommands", hasItems("dispute/settlement/signatures"));

        given().get("/complaints/{id}/dispute/settlement", id).then().statusCode(404)
                .body("detail", containsString("no settlement signed by both"));
        post(id, "dispute/settlement/signatures", Map.of("party", "CUSTOMER", "name", "Ana Petrović", "role", "purchasing manager",
                "signsFor", "Elektro Nord d.o.o."), 200);
        int version = given().get("/complaints/{id}", id).then().extract().path("version");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version - 1) + "\"")
                .body(Map.of("party", "SUPPLIER", "name", "Nikos Pappas", "role", "quality manager", "signsFor", "the supplier"))
                .post("/complaints/{id}/dispute/settlement/signatures", id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("party", "SUPPLIER", "name", "Nikos Pappas", "role", "quality manager", "signsFor", "the supplier"))
                .post("/complaints/{id}/dispute/settlement/signatures", id)
                .then().statusCode(200)
                .body("disputes[0].status", equalTo("SETTLED"))
                .body("disputes[0].signatures.name", contains("Ana Petrović", "Nikos Pappas"))
                .body("disputes[0].signatures[0].termsDigest", equalTo(given().get("/complaints/{id}", id).then().extract()
                        .path("disputes[0].signatures[1].termsDigest")))
                .body("remedy.status", equalTo("ACCEPTED"))
                .body("remedy.agreedThrough", equalTo("SETTLEMENT"))
                .body("status", equalTo("UNDER_ANALYSIS"));

        String digest = given().get("/complaints/{id}", id).then().extract().path("disputes[0].signatures[0].termsDigest");
        given().get("/complaints/{id}/dispute/settlement", id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Settlement agreement"))
                .body(containsString("the supplier analyses the returned parts and credits 1,200 EUR"))
                .body(containsString("CREDIT 1200 EUR"))
                .body(containsString("Ana Petrović"))
                .body(containsString("Nikos Pappas"))
                .body(containsString("Elektro Nord d.o.o."))
                .body(containsString(digest));

        // signed by both: nothing of it changes any more
        int events = given().get("/complaints/{id}/events", id).then().extract().path("size()");
        post(id, "dispute/settlement/signatures", Map.of("party", "CUSTOMER", "name", "Someone", "role", "x", "signsFor", "x"), 409);
        post(id, "dispute/proposals", Map.of("proposedBy", "CUSTOMER", "terms", "more"), 409);
        given().get("/complaints/{id}/events", id).then().body("$", hasSize(events));

        post(id, "dispute/follow-ups", Map.of("honoured", true, "observation", "credit note CN-88 received"), 200)
                .body("disputes[0].followUps[0].honoured", equalTo(true));
        given().get("/complaints/{id}/events", id).then()
                .body("type", hasItems("io.rectify.complaint.dispute-opened.v1", "io.rectify.complaint.dispute-evidence-submitted.v1",
                        "io.rectify.complaint.settlement-proposed.v1", "io.rectify.complaint.settlement-proposal-rejected.v1",
                        "io.rectify.complaint.settlement-proposal-accepted.v1", "io.rectify.complaint.settlement-signed.v1",
                        "io.rectify.complaint.dispute-settled.v1", "io.rectify.complaint.reopened.v1",
                        "io.rectify.complaint.dispute-follow-up-recorded.v1"));
    }

    @Test
    void aFailedNegotiationGoesToAMediatorAndTheCaseContinuesFromTheOutcome() {
        String id = answered();
        post(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures so far"), 200);
        post(id, "dispute", Map.of("contests", "RESPONSE", "issueStatement", "the root cause is wrong",
                "customerClaim", "a new 8D"), 200);
        post(id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou", "organisation", "Hellenic Mediation Centre"),
                "reason", "no agreement"), 409).body("detail", containsString("mediation follows a failed negotiation"));
        String proposal = post(id, "dispute/proposals", Map.of("proposedBy", "SUPPLIER", "terms", "the response stands"), 200)
                .extract().path("disputes[0].proposals[0].id");
        post(id, "dispute/proposals/" + proposal + "/rejection", Map.of("rejectedBy", "CUSTOMER", "reason", "no"), 200);
        post(id, "dispute/mediation", Map.of("mediator", Map.of("name", "", "organisation", "Hellenic Mediation Centre")), 400)
                .body("errors.field", containsInAnyOrder("mediator.name", "reason"));
        post(id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou", "organisation", "Hellenic Mediation Centre"),
                "reason", "no agreement after two rounds"), 200)
                .body("disputes[0].status", equalTo("IN_MEDIATION"));
        post(id, "closure", Map.of(), 409).body("detail", containsString("dispute on the case is still open"));
        post(id, "dispute/mediation/outcome", Map.of("terms", "repair 40 pcs; the supplier repeats the root cause analysis",
                "remedy", Map.of("type", "REPAIR", "quantity", 40), "reanalysis", true), 200)
                .body("disputes[0].status", equalTo("MEDIATED"))
                .body("disputes[0].mediation.mediator.organisation", equalTo("Hellenic Mediation Centre"))
                .body("remedy.agreedThrough", equalTo("MEDIATION"))
                .body("status", equalTo("UNDER_ANALYSIS"));
    }

    @Test
    void aRemedyIsOfferedAnsweredAndCarriedOutStepByStep() {
        String id = file();
        post(id, "acknowledgement", Map.of(), 200);
        post(id, "remedy", Map.of("type", "RETURN"), 400).body("errors.field", contains("rmaNumber", "quantity"));
        post(id, "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", -5, "currency", "eur")), 400)
                .body("errors.field", containsInAnyOrder("credit.amount", "credit.currency"));
        post(id, "remedy", Map.of("type", "REPAIR", "quantity", 40, "comment", "repair at our plant"), 200)
                .body("remedy.status", equalTo("PROPOSED"));
        post(id, "remedy/acceptance", Map.of(), 200).body("remedy.status", equalTo("ACCEPTED"));
        post(id, "remedy/fulfilment", Map.of("step", "SHIPPED"), 409).body("detail", containsString("the step due now is GOODS_RECEIVED"));
        post(id, "remedy/fulfilment", Map.of("step", "GOODS_RECEIVED", "quantity", 40, "documentReference", "RMA-7781"), 200);
        post(id, "remedy/fulfilment", Map.of("step", "REPAIRED", "quantity", 40), 200);
        post(id, "remedy/fulfilment", Map.of("step", "SHIPPED", "quantity", 40, "documentReference", "DN-2026-311"), 200)
                .body("remedy.status", equalTo("FULFILLED"))
                .body("remedy.fulfilment.step", contains("GOODS_RECEIVED", "REPAIRED", "SHIPPED"));
    }

    @Test
    void theClosureSurveyTakesOneAnswerWithTheRightToken() {
        String id = answered();
        post(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures in 4 weeks"), 200);
        String surveyId = post(id, "closure", Map.of(), 200).body("survey.expiresAt", notNullValue())
                .extract().path("survey.surveyId");
        String token = SurveyTokens.token(surveySecret, UUID.fromString(id), UUID.fromString(surveyId));
        int events = given().get("/complaints/{id}/events", id).then().extract().path("size()");

        post(id, "satisfaction", Map.of("token", token, "rating", 6), 400).body("errors.field", contains("rating"));
        post(id, "satisfaction", Map.of("token", token.substring(1) + "x", "rating", 5), 403)
                .body("type", containsString("invalid-survey-token"));
        given().get("/complaints/{id}/events", id).then().body("$", hasSize(events));

        given().queryParam("token", token).get("/survey/{id}", id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Πώς χειριστήκαμε το παράπονό σας;"))
                .body(containsString("name=\"rating\""));
        given().queryParam("token", "wrong").get("/survey/{id}", id).then().statusCode(403);

        given().formParam("token", token).formParam("rating", "4").formParam("comment", "quick and clear")
                .post("/survey/{id}", id).then().statusCode(200).body(containsString("Σας ευχαριστούμε"));
        given().get("/complaints/{id}", id).then()
                .body("survey.rating", equalTo(4))
                .body("survey.comment", equalTo("quick and clear"))
                .body("allowedCommands", contains("reopening"));
        post(id, "satisfaction", Map.of("token", token, "rating", 1), 409).body("detail", containsString("answered already"));
        given().get("/complaints/{id}/events", id).then().body("$", hasSize(events + 1))
                .body("[" + events + "].type", equalTo("io.rectify.complaint.satisfaction-recorded.v1"));
    }

    /** A case answered without a CAR (RESPONDED); the test form asks for Greek. */
    private static String answered() {
        String id = file();
        post(id, "acknowledgement", Map.of(), 200);
        post(id, "analysis", Map.of("rootCauseHypothesis", "damage in transport"), 200);
        post(id, "response", Map.of("correctiveAction", "reinforced packaging", "preventiveAction", "drop test per lot",
                "rootCause", "pallet crushed in transport", "noCarJustification", "not a manufacturing defect"), 200);
        return id;
    }

    private static String file() {
        return given().contentType(ContentType.JSON).body(ComplaintForms.valid()).post("/complaints").then().statusCode(201)
                .extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse post(String id, String command, Map<String, ?> body, int status) {
        return given().contentType(ContentType.JSON).header("X-Actor", "quality:j.doe").body(body)
                .post("/complaints/{id}/" + command, id)
                .then().statusCode(status);
    }
}
