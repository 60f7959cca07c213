package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.complaint.SurveyTokens;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.rectify.testing.Users.anonymous;
import static io.rectify.testing.Users.asQualityEngineer;
import static io.rectify.testing.Users.asQualityManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remedies, disputes, mediation and the satisfaction survey through the API, against real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class DisputeResourceTest {

    @Inject
    Pool pool;

    private static final String SHA = "sha256:" + "3f".repeat(32);

    @ConfigProperty(name = "rectify.survey.secret")
    String surveySecret;

    @Test
    void aRejectedComplaintIsDisputedNegotiatedAndSettledInWritingByBothSides() {
        Case complaint = file();
        String id = complaint.id;
        staff(id, "acknowledgement", Map.of(), 200);
        staff(id, "rejection", Map.of("reason", "damage by handling at the customer"), 200);
        staff(id, "dispute", Map.of("contests", "REJECTION", "issueStatement", "x", "customerClaim", "y"), 403);
        complaint.post("dispute", Map.of("contests", "REJECTION", "issueStatement", "the parts were damaged before delivery",
                "customerClaim", "accept the complaint and credit 2,400 EUR",
                "amountInDispute", Map.of("amount", 2400, "currency", "EUR")), 200)
                .body("disputes[0].status", equalTo("NEGOTIATION"))
                .body("disputes[0].amountInDispute.currency", equalTo("EUR"));

        // the side follows from who signs in: a body naming the other side is refused
        complaint.post("dispute/evidence", Map.of("type", "PHOTO", "description", "cartons", "submittedBy", "SUPPLIER"), 403)
                .body("detail", containsString("you act for the CUSTOMER side"));
        complaint.post("dispute/evidence", Map.of("type", "PHOTO", "description", "cartons on arrival", "link",
                "https://dms.customer.example/p/88", "checksum", SHA, "submitterName", "Ana Petrović"), 200);
        staff(id, "dispute/evidence", Map.of("type", "TEST_REPORT", "description", "outgoing inspection lot L7"), 200)
                .body("disputes[0].evidence.submittedBy", contains("CUSTOMER", "SUPPLIER"))
                .body("disputes[0].evidence[1].submitterName", equalTo("Quinn Test"));

        String first = staff(id, "dispute/proposals", Map.of("terms", "nothing owed; packaging advice"), 200)
                .body("disputes[0].proposals[0].proposedBy", equalTo("SUPPLIER"))
                .extract().path("disputes[0].proposals[0].id");
        complaint.post("dispute/proposals", Map.of("proposedBy", "SUPPLIER", "terms", "the supplier pays double"), 403);
        complaint.post("dispute/proposals/" + first + "/rejection", Map.of("reason", "the photos show otherwise"), 200);
        String second = complaint.post("dispute/proposals", Map.of(
                "terms", "the supplier analyses the returned parts and credits 1,200 EUR",
                "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", 1200, "currency", "EUR")), "reanalysis", true), 200)
                .body("disputes[0].proposals[1].proposedBy", equalTo("CUSTOMER"))
                .extract().path("disputes[0].proposals[1].id");
        complaint.post("dispute/proposals/" + second + "/acceptance", Map.of(), 409)
                .body("detail", containsString("the other party answers it"));
        complaint.post("dispute/proposals/" + second + "/acceptance", Map.of("acceptedBy", "SUPPLIER"), 403);
        staff(id, "dispute/proposals/" + second + "/acceptance", Map.of("comment", "agreed"), 200)
                .body("disputes[0].status", equalTo("AWAITING_SIGNATURES"))
                .body("allowedCommands", hasItems("dispute/settlement/signatures"));

        asQualityManager().get("/complaints/{id}/dispute/settlement", id).then().statusCode(404)
                .body("detail", containsString("no settlement signed by both"));
        Map<String, String> customerSignature = Map.of("name", "Ana Petrović", "role", "purchasing manager",
                "signsFor", "Elektro Nord d.o.o.");
        Map<String, String> supplierSignature = Map.of("name", "Nikos Pappas", "role", "quality manager", "signsFor", "the supplier");
        // nobody signs for the other side; a quality engineer does not sign for the supplier at all
        complaint.post("dispute/settlement/signatures", withParty(customerSignature, "SUPPLIER"), 403);
        staff(id, "dispute/settlement/signatures", withParty(supplierSignature, "CUSTOMER"), 403);
        post(asQualityEngineer(), id, "dispute/settlement/signatures", supplierSignature, 403)
                .body("detail", containsString("quality-manager"));
        complaint.post("dispute/settlement/signatures", customerSignature, 200)
                .body("disputes[0].signatures[0].party", equalTo("CUSTOMER"))
                .body("disputes[0].signatures[0].signer.username", equalTo(complaint.username))
                .body("disputes[0].signatures[0].signer.subject", equalTo(TestTokens.subjectOf(complaint.username)))
                .body("disputes[0].signatures[0].signer.role", equalTo("customer"));
        complaint.post("dispute/settlement/signatures", customerSignature, 409).body("detail", containsString("signed this settlement already"));
        int version = asQualityManager().get("/complaints/{id}", id).then().extract().path("version");
        asQualityManager().contentType(ContentType.JSON).header("If-Match", "\"" + (version - 1) + "\"")
                .body(supplierSignature)
                .post("/complaints/{id}/dispute/settlement/signatures", id)
                .then().statusCode(412);
        asQualityManager().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(withParty(supplierSignature, "SUPPLIER"))
                .post("/complaints/{id}/dispute/settlement/signatures", id)
                .then().statusCode(200)
                .body("disputes[0].status", equalTo("SETTLED"))
                .body("disputes[0].signatures.name", contains("Ana Petrović", "Nikos Pappas"))
                .body("disputes[0].signatures.party", contains("CUSTOMER", "SUPPLIER"))
                .body("disputes[0].signatures[1].signer.username", equalTo(Users.QUINN))
                .body("disputes[0].signatures[1].signer.role", equalTo("quality-manager"))
                .body("disputes[0].signatures[0].termsDigest", equalTo(asQualityManager().get("/complaints/{id}", id).then().extract()
                        .path("disputes[0].signatures[1].termsDigest")))
                .body("remedy.status", equalTo("ACCEPTED"))
                .body("remedy.agreedThrough", equalTo("SETTLEMENT"))
                .body("status", equalTo("UNDER_ANALYSIS"));

        String digest = asQualityManager().get("/complaints/{id}", id).then().extract().path("disputes[0].signatures[0].termsDigest");
        complaint.as().get("/complaints/{id}/dispute/settlement", id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Settlement agreement"))
                .body(containsString("the supplier analyses the returned parts and credits 1,200 EUR"))
                .body(containsString("CREDIT 1200 EUR"))
                .body(containsString("Ana Petrović"))
                .body(containsString("Nikos Pappas"))
                .body(containsString("Elektro Nord d.o.o."))
                .body(containsString(complaint.username + " ("))
                .body(containsString(Users.QUINN + " ("))
                .body(containsString(digest));
        // another customer does not learn that the settlement exists
        Users.asCustomer("GLOBEX").get("/complaints/{id}/dispute/settlement", id).then().statusCode(404);

        // each signature stores what it signed: case, dispute, proposal, terms and remedy, length-prefixed, and a seal
        // binding the digest to the signer's identity, party, meaning and time; checked here without the service's code
        var signed = asQualityManager().get("/complaints/{id}", id).then().extract().jsonPath();
        String content = signed.getString("disputes[0].signatures[0].signedContent");
        assertEquals(encoded("rectify-settlement-v1", id, "1", second, "the supplier analyses the returned parts and credits 1,200 EUR",
                "CREDIT", "", "", "1200", "EUR", "", "reanalysis"), content);
        assertEquals(content, signed.getString("disputes[0].signatures[1].signedContent"), "both signed the same");
        assertEquals("sha256:" + sha256(content), digest);
        for (int i = 0; i < 2; i++) {
            String signature = "disputes[0].signatures[" + i + "].";
            String meaning = signed.getString(signature + "meaning");
            assertTrue(meaning.contains(signed.getString(signature + "signsFor")), meaning);
            assertEquals("sha256:" + sha256(encoded(digest, signed.getString(signature + "signer.subject"),
                    signed.getString(signature + "signer.username"), signed.getString(signature + "party"), meaning,
                    signed.getString(signature + "signedAt"))), signed.getString(signature + "seal"));
        }
        complaint.as().get("/complaints/{id}/dispute/settlement", id).then().statusCode(200)
                .body(containsString(signed.getString("disputes[0].signatures[0].seal")))
                .body(containsString(signed.getString("disputes[0].signatures[1].seal")))
                .body(containsString("21:rectify-settlement-v1"))
                .body(containsString(signed.getString("disputes[0].signatures[0].meaning")))
                .body(containsString("digest of the content: matches;"))
                .body(not(containsString("DOES NOT MATCH")))
                .body(containsString("How to verify the signatures"));
        // the auditor's export shows the same stored values
        asQualityManager().get("/complaints/{id}/audit/export", id).then().statusCode(200)
                .body(containsString("Dispute 1: REJECTION, SETTLED"))
                .body(containsString(signed.getString("disputes[0].signatures[0].seal")))
                .body(containsString(signed.getString("disputes[0].signatures[1].seal")))
                .body(not(containsString("DOES NOT MATCH")));
        // the settlement as it stood: before the second signature there was none signed by both
        String firstSigned = signed.getString("disputes[0].signatures[0].signedAt");
        complaint.as().queryParam("asOf", firstSigned).get("/complaints/{id}/dispute/settlement", id).then().statusCode(404);
        String settledAt = asQualityManager().get("/complaints/{id}/events", id).then().extract()
                .path("find { it.type == 'io.rectify.complaint.dispute-settled.v1' }.occurredAt");
        complaint.as().queryParam("asOf", settledAt)
                .get("/complaints/{id}/dispute/settlement", id).then().statusCode(200)
                .body(containsString("As it stood on"));

        // signed by both: nothing of it changes any more
        int events = asQualityManager().get("/complaints/{id}/events", id).then().extract().path("size()");
        complaint.post("dispute/settlement/signatures", Map.of("name", "Someone", "role", "x", "signsFor", "x"), 409);
        complaint.post("dispute/proposals", Map.of("terms", "more"), 409);
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(events));

        staff(id, "dispute/follow-ups", Map.of("honoured", true, "observation", "credit note CN-88 received"), 200)
                .body("disputes[0].followUps[0].honoured", equalTo(true));
        complaint.as().get("/complaints/{id}/events", id).then()
                .body("type", hasItems("io.rectify.complaint.dispute-opened.v1", "io.rectify.complaint.dispute-evidence-submitted.v1",
                        "io.rectify.complaint.settlement-proposed.v1", "io.rectify.complaint.settlement-proposal-rejected.v1",
                        "io.rectify.complaint.settlement-proposal-accepted.v1", "io.rectify.complaint.settlement-signed.v1",
                        "io.rectify.complaint.dispute-settled.v1", "io.rectify.complaint.reopened.v1",
                        "io.rectify.complaint.dispute-follow-up-recorded.v1"))
                .body("find { it.type == 'io.rectify.complaint.dispute-opened.v1' }.actor", equalTo(complaint.username))
                .body("find { it.type == 'io.rectify.complaint.dispute-follow-up-recorded.v1' }.actor", equalTo(Users.QUINN));
    }

    @Test
    void aFailedNegotiationGoesToAMediatorAndTheCaseContinuesFromTheOutcome() {
        Case complaint = answered();
        String id = complaint.id;
        staff(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures so far"), 200);
        complaint.post("dispute", Map.of("contests", "RESPONSE", "issueStatement", "the root cause is wrong",
                "customerClaim", "a new 8D"), 200);
        staff(id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou", "organisation", "Hellenic Mediation Centre"),
                "reason", "no agreement"), 409).body("detail", containsString("mediation follows a failed negotiation"));
        String proposal = staff(id, "dispute/proposals", Map.of("proposedBy", "SUPPLIER", "terms", "the response stands"), 200)
                .extract().path("disputes[0].proposals[0].id");
        complaint.post("dispute/proposals/" + proposal + "/rejection", Map.of("rejectedBy", "CUSTOMER", "reason", "no"), 200);
        post(asQualityEngineer(), id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou", "organisation", "X"),
                "reason", "no agreement"), 403);
        staff(id, "dispute/mediation", Map.of("mediator", Map.of("name", "", "organisation", "Hellenic Mediation Centre")), 400)
                .body("errors.field", containsInAnyOrder("mediator.name", "reason"));
        staff(id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou", "organisation", "Hellenic Mediation Centre"),
                "reason", "no agreement after two rounds"), 200)
                .body("disputes[0].status", equalTo("IN_MEDIATION"));
        staff(id, "closure", Map.of(), 409).body("detail", containsString("dispute on the case is still open"));
        staff(id, "dispute/mediation/outcome", Map.of("terms", "repair 40 pcs; the supplier repeats the root cause analysis",
                "remedy", Map.of("type", "REPAIR", "quantity", 40), "reanalysis", true), 200)
                .body("disputes[0].status", equalTo("MEDIATED"))
                .body("disputes[0].mediation.mediator.organisation", equalTo("Hellenic Mediation Centre"))
                .body("remedy.agreedThrough", equalTo("MEDIATION"))
                .body("status", equalTo("UNDER_ANALYSIS"));
    }

    @Test
    void aRemedyIsOfferedAnsweredAndCarriedOutStepByStep() {
        Case complaint = file();
        String id = complaint.id;
        staff(id, "acknowledgement", Map.of(), 200);
        staff(id, "remedy", Map.of("type", "RETURN"), 400).body("errors.field", contains("rmaNumber", "quantity"));
        staff(id, "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", -5, "currency", "eur")), 400)
                .body("errors.field", containsInAnyOrder("credit.amount", "credit.currency"));
        complaint.post("remedy", Map.of("type", "REPAIR", "quantity", 40), 403);
        staff(id, "remedy", Map.of("type", "REPAIR", "quantity", 40, "comment", "repair at our plant"), 200)
                .body("remedy.status", equalTo("PROPOSED"));
        staff(id, "remedy/acceptance", Map.of(), 403);
        Users.asCustomer("GLOBEX").contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/remedy/acceptance", id)
                .then().statusCode(404);
        complaint.post("remedy/acceptance", Map.of(), 200).body("remedy.status", equalTo("ACCEPTED"));
        staff(id, "remedy/fulfilment", Map.of("step", "SHIPPED"), 409).body("detail", containsString("the step due now is GOODS_RECEIVED"));
        staff(id, "remedy/fulfilment", Map.of("step", "GOODS_RECEIVED", "quantity", 40, "documentReference", "RMA-7781"), 200);
        staff(id, "remedy/fulfilment", Map.of("step", "REPAIRED", "quantity", 40), 200);
        staff(id, "remedy/fulfilment", Map.of("step", "SHIPPED", "quantity", 40, "documentReference", "DN-2026-311"), 200)
                .body("remedy.status", equalTo("FULFILLED"))
                .body("remedy.fulfilment.step", contains("GOODS_RECEIVED", "REPAIRED", "SHIPPED"));
    }

    @Test
    void theClosureSurveyTakesOneAnswerWithTheRightToken() {
        String id = answered().id;
        staff(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures in 4 weeks"), 200);
        String surveyId = staff(id, "closure", Map.of(), 200).body("survey.expiresAt", notNullValue())
                .extract().path("survey.surveyId");
        String token = SurveyTokens.token(surveySecret, UUID.fromString(id), UUID.fromString(surveyId));
        int events = asQualityManager().get("/complaints/{id}/events", id).then().extract().path("size()");

        // the survey needs no sign-in: its one-time token is the credential
        post(anonymous(), id, "satisfaction", Map.of("token", token, "rating", 6), 400).body("errors.field", contains("rating"));
        post(anonymous(), id, "satisfaction", Map.of("token", token.substring(1) + "x", "rating", 5), 403)
                .body("type", containsString("invalid-survey-token"));
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(events));

        anonymous().queryParam("token", token).get("/survey/{id}", id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Πώς χειριστήκαμε το παράπονό σας;"))
                .body(containsString("name=\"rating\""));
        anonymous().queryParam("token", "wrong").get("/survey/{id}", id).then().statusCode(403);

        anonymous().formParam("token", token).formParam("rating", "4").formParam("comment", "quick and clear")
                .post("/survey/{id}", id).then().statusCode(200).body(containsString("Σας ευχαριστούμε"));
        asQualityManager().get("/complaints/{id}", id).then()
                .body("survey.rating", equalTo(4))
                .body("survey.comment", equalTo("quick and clear"))
                .body("allowedCommands", contains("reopening"));
        post(anonymous(), id, "satisfaction", Map.of("token", token, "rating", 1), 409).body("detail", containsString("answered already"));
        asQualityManager().get("/complaints/{id}/events", id).then().body("$", hasSize(events + 1))
                .body("[" + events + "].type", equalTo("io.rectify.complaint.satisfaction-recorded.v1"));
    }

    /**
     * The read model stores each offered command with the time it closes, and a read filters them
     * by the time of reading: a survey that expired since the closure is no longer offered. (The
     * time passing is played by moving the stored window into the past.)
     */
    @Test
    void aSurveyThatExpiredSinceTheClosureIsNoLongerOfferedWhenTheCaseIsRead() {
        Case answered = answered();
        String id = answered.id;
        staff(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures in 4 weeks"), 200);
        staff(id, "closure", Map.of(), 200).body("allowedCommands", contains("reopening", "satisfaction"));
        asQualityManager().get("/complaints/{id}", id).then().body("allowedCommands", contains("reopening", "satisfaction"));

        pool.preparedQuery("update complaint_view set offers = jsonb_set(offers, '{commands,1,until}', to_jsonb($2::text))"
                        + " where id = $1 and offers #>> '{commands,1,command}' = 'RECORD_SATISFACTION'")
                .execute(Tuple.of(UUID.fromString(id), Instant.now().minusSeconds(1).toString()))
                .await().atMost(Duration.ofSeconds(10));

        asQualityManager().get("/complaints/{id}", id).then().body("allowedCommands", contains("reopening"));
        asQualityManager().queryParam("customerId", answered.customerId).get("/complaints").then()
                .body("items.find { it.id == '" + id + "' }.allowedCommands", contains("reopening"));
    }

    @Test
    void partiesWritingToOneCaseAtTheSameTimeAreAllServedInTurn() throws Exception {
        Case complaint = file();
        String id = complaint.id;
        staff(id, "acknowledgement", Map.of(), 200);
        staff(id, "rejection", Map.of("reason", "damage by handling at the customer"), 200);
        complaint.post("dispute", Map.of("contests", "REJECTION", "issueStatement", "damaged before delivery",
                "customerClaim", "accept the complaint"), 200);
        int writers = 100;
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String description = "photo " + i;
            writes.add(() -> asQualityManager().contentType(ContentType.JSON)
                    .body(Map.of("type", "PHOTO", "description", description))
                    .post("/complaints/{id}/dispute/evidence", id).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> write : pool.invokeAll(writes)) {
                statuses.add(write.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // no writer lost a race and gave up: every one was recorded, once
        assertEquals(Collections.nCopies(writers, 200), statuses);
        asQualityManager().get("/complaints/{id}", id).then()
                .body("disputes[0].evidence", hasSize(writers))
                .body("version", equalTo(4 + writers));
    }

    /** A case answered without a CAR (RESPONDED); the test form asks for Greek. */
    private static Case answered() {
        Case complaint = file();
        staff(complaint.id, "acknowledgement", Map.of(), 200);
        staff(complaint.id, "analysis", Map.of("rootCauseHypothesis", "damage in transport"), 200);
        staff(complaint.id, "response", Map.of("correctiveAction", "reinforced packaging", "preventiveAction", "drop test per lot",
                "rootCause", "pallet crushed in transport", "noCarJustification", "not a manufacturing defect"), 200);
        return complaint;
    }

    /** A case filed through the web form by a user of its (new) customer, who then acts for the CUSTOMER side. */
    private static Case file() {
        String customerId = "ACME-" + System.nanoTime();
        Map<String, Object> form = ComplaintForms.valid(customerId, "SW-100", "LOT-7");
        String id = Users.asCustomer(customerId).contentType(ContentType.JSON).body(form).post("/complaints").then().statusCode(201)
                .extract().path("id");
        return new Case(id, customerId, Users.customerUsername(customerId));
    }

    private record Case(String id, String customerId, String username) {
        RequestSpecification as() {
            return Users.asCustomer(customerId);
        }

        ValidatableResponse post(String command, Map<String, ?> body, int status) {
            return DisputeResourceTest.post(as(), id, command, body, status);
        }
    }

    private static Map<String, String> withParty(Map<String, String> signature, String party) {
        Map<String, String> with = new HashMap<>(signature);
        with.put("party", party);
        return with;
    }

    /** The supplier's side: the quality manager, who may do every staff step. */
    private static ValidatableResponse staff(String id, String command, Map<String, ?> body, int status) {
        return post(asQualityManager(), id, command, body, status);
    }

    private static ValidatableResponse post(RequestSpecification as, String id, String command, Map<String, ?> body, int status) {
        return as.contentType(ContentType.JSON).header("X-Actor", "mallory").body(body)
                .post("/complaints/{id}/" + command, id)
                .then().statusCode(status);
    }

    /** Each field as its UTF-8 length, a colon and its text, as io.rectify.contracts.audit.CanonicalEncoding documents it. */
    private static String encoded(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
