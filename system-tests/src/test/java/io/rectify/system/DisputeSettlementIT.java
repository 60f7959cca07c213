package io.rectify.system;

import io.rectify.localstack.MailCatcher;
import io.rectify.localstack.Service;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.rectify.system.CaseThroughEightDIT.assertStreamOnKafka;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dispute carried across the running services as a quality team and a customer would with
 * curl: the customer rejects the remedy offered, both bring evidence, proposals go back and forth,
 * both sign the settlement; the credit is issued, the case closes, and the customer answers the
 * survey from the link in the closure mail. Every step is in the case's history and on Kafka, and
 * the Greek customer hears of each step that concerns them in Greek. A second case goes to mediation.
 */
@ExtendWith(RunningSystem.class)
class DisputeSettlementIT {

    @Test
    void fromTheCustomersRejectionToASettlementBothSignedAndASurveyAnsweredOnce() {
        // carla signs in for ACME, quinn for the supplier; each acts for their own side only
        String id = answeredCase(SystemUsers.ACME);
        String reference = complaints().get("/complaints/{id}", id).then().extract().path("reference");
        String email = complaints().get("/complaints/{id}", id).then().extract().path("customer.email");

        step(id, "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", 1250, "currency", "EUR")), 200);
        customer(SystemUsers.CARLA, id, "dispute", Map.of("contests", "REMEDY", "issueStatement", "1,250 EUR does not cover our sorting costs",
                "customerClaim", "4,800 EUR", "amountInDispute", Map.of("amount", 4800, "currency", "EUR")), 200)
                .body("remedy.status", equalTo("REJECTED"));
        customer(SystemUsers.CARLA, id, "dispute/evidence", Map.of("type", "DOCUMENT", "description", "sorting invoice 2026-311",
                "link", "https://dms.customer.example/inv/311", "checksum", "sha256:" + "7c".repeat(32),
                "submitterName", "Eleni Georgiou"), 200);
        step(id, "dispute/evidence", Map.of("type", "MEASUREMENT", "description", "re-test of 40 returned pcs: 3 faulty",
                "submitterName", "Nikos Pappas"), 200)
                .body("disputes[0].evidence.submittedBy", org.hamcrest.Matchers.contains("CUSTOMER", "SUPPLIER"));
        String first = step(id, "dispute/proposals", Map.of("terms", "1,500 EUR for the faulty parts"), 200)
                .extract().path("disputes[0].proposals[0].id");
        customer(SystemUsers.CARLA, id, "dispute/proposals/" + first + "/rejection", Map.of("reason", "sorting not covered"), 200);
        String second = customer(SystemUsers.CARLA, id, "dispute/proposals", Map.of("terms", "3,000 EUR covers parts and sorting",
                "remedy", Map.of("type", "CREDIT", "credit", Map.of("amount", 3000, "currency", "EUR"))), 200)
                .extract().path("disputes[0].proposals[1].id");
        // a customer cannot accept their own proposal, nor speak for the supplier
        customer(SystemUsers.CARLA, id, "dispute/proposals/" + second + "/acceptance", Map.of(), 409);
        customer(SystemUsers.CARLA, id, "dispute/proposals/" + second + "/acceptance", Map.of("acceptedBy", "SUPPLIER"), 403);
        step(id, "dispute/proposals/" + second + "/acceptance", Map.of(), 200);
        Map<String, String> supplierSignature = Map.of("name", "Nikos Pappas", "role", "quality manager", "signsFor", "the supplier");
        Map<String, String> customerSignature = Map.of("name", "Eleni Georgiou", "role", "purchasing manager",
                "signsFor", "Georgiou Automotive S.A.");
        customer(SystemUsers.CARLA, id, "dispute/settlement/signatures", with(supplierSignature, "party", "SUPPLIER"), 403);
        step(id, "dispute/settlement/signatures", with(customerSignature, "party", "CUSTOMER"), 403);
        step(id, "dispute/settlement/signatures", supplierSignature, 200)
                .body("disputes[0].signatures[0].signer.username", equalTo(SystemUsers.QUINN));
        customer(SystemUsers.CARLA, id, "dispute/settlement/signatures", customerSignature, 200)
                .body("disputes[0].status", equalTo("SETTLED"))
                .body("disputes[0].signatures.party", org.hamcrest.Matchers.contains("SUPPLIER", "CUSTOMER"))
                .body("disputes[0].signatures[1].signer.username", equalTo(SystemUsers.CARLA))
                .body("remedy.agreedThrough", equalTo("SETTLEMENT"));
        customer(SystemUsers.CARLA, id, "dispute/proposals", Map.of("terms", "more after all"), 409)
                .body("detail", containsString("SETTLED"));

        step(id, "remedy/fulfilment", Map.of("step", "CREDIT_ISSUED", "documentReference", "CN-2026-0311"), 200);
        step(id, "dispute/follow-ups", Map.of("honoured", true, "observation", "credit note CN-2026-0311 booked"), 200);
        step(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no failures in 4 weeks"), 200);
        step(id, "closure", Map.of(), 200).body("status", equalTo("CLOSED"));

        MailCatcher mail = RunningSystem.stack().mail();
        await().atMost(Duration.ofSeconds(60)).until(() -> subjects(mail, email).contains("Το παράπονό σας " + reference + " έκλεισε"));
        List<String> subjects = subjects(mail, email);
        for (String subject : List.of("Η αποκατάσταση που προτείνουμε για το παράπονό σας " + reference,
                "Λάβαμε την αντίρρησή σας για το παράπονο " + reference,
                "Πρόταση διακανονισμού για το παράπονό σας " + reference,
                "Διακανονισμός του παραπόνου σας " + reference + ", υπογεγραμμένος και από τα δύο μέρη")) {
            assertTrue(subjects.contains(subject), "the customer was told: " + subject + " in " + subjects);
        }

        // the survey, from the link in the closure mail, answered once
        String closure = mail.mails().stream().filter(m -> m.to().contains(email) && m.subject().endsWith("έκλεισε"))
                .findFirst().orElseThrow().text();
        Matcher link = Pattern.compile("(http://\\S+/survey/" + id + "\\?token=(\\S+))").matcher(closure);
        assertTrue(link.find(), "the closure mail links to the survey: " + closure);
        given().get(link.group(1)).then().statusCode(200).body(containsString("Πώς χειριστήκαμε"));
        given().formParam("token", link.group(2)).formParam("rating", "5").formParam("comment", "fair in the end")
                .post(RunningSystem.url(Service.COMPLAINT) + "/survey/" + id).then().statusCode(200);
        given().formParam("token", link.group(2)).formParam("rating", "1")
                .post(RunningSystem.url(Service.COMPLAINT) + "/survey/" + id).then().statusCode(409);
        complaints().get("/complaints/{id}", id).then().body("survey.rating", equalTo(5));

        List<String> trail = complaints().get("/complaints/{id}/events", id).then().extract().path("type");
        assertEquals(List.of("received", "acknowledged", "analysed", "response-issued", "remedy-proposed", "remedy-rejected",
                        "dispute-opened", "dispute-evidence-submitted", "dispute-evidence-submitted", "settlement-proposed",
                        "settlement-proposal-rejected", "settlement-proposed", "settlement-proposal-accepted", "settlement-signed",
                        "settlement-signed", "dispute-settled", "remedy-fulfilment-recorded", "dispute-follow-up-recorded",
                        "follow-up-recorded", "closed", "satisfaction-recorded"),
                trail.stream().map(t -> t.replace("io.rectify.complaint.", "").replace(".v1", "")).toList(),
                "every step of the dispute is in the case's audit trail");
        assertStreamOnKafka("complaints.events", id,
                complaints().get("/complaints/{id}/events", id).then().extract().path("eventId"));
    }

    @Test
    void aFailedNegotiationGoesToMediationAndTheCaseContinuesFromItsOutcome() {
        String id = answeredCase(SystemUsers.GLOBEX);
        String email = complaints().get("/complaints/{id}", id).then().extract().path("customer.email");
        String reference = complaints().get("/complaints/{id}", id).then().extract().path("reference");
        customer(SystemUsers.BORIS, id, "dispute", Map.of("contests", "RESPONSE", "issueStatement", "transport damage is not the cause",
                "customerClaim", "a full 8D"), 200);
        String proposal = step(id, "dispute/proposals", Map.of("terms", "the response stands"), 200)
                .extract().path("disputes[0].proposals[0].id");
        customer(SystemUsers.BORIS, id, "dispute/proposals/" + proposal + "/rejection", Map.of("reason", "no"), 200);
        step(id, "dispute/mediation", Map.of("mediator", Map.of("name", "Dr. Maria Ioannou",
                "organisation", "Hellenic Mediation Centre"), "reason", "no agreement"), 200);
        step(id, "dispute/mediation/outcome", Map.of("terms", "the supplier runs an 8D on the returned boards",
                "reanalysis", true), 200)
                .body("disputes[0].status", equalTo("MEDIATED"))
                .body("status", equalTo("UNDER_ANALYSIS"))
                .body("allowedCommands", org.hamcrest.Matchers.hasItem("corrective-action-request"));

        MailCatcher mail = RunningSystem.stack().mail();
        await().atMost(Duration.ofSeconds(60)).until(() -> subjects(mail, email)
                .contains("Αποτέλεσμα της διαμεσολάβησης για το παράπονο " + reference));
        assertTrue(subjects(mail, email).contains("Το παράπονό σας " + reference + " παραπέμπεται σε διαμεσολάβηση"));
    }

    /** A Greek customer's case, acknowledged, analysed and answered without a CAR. */
    private static String answeredCase(String customerId) {
        String id = Complaints.file(customerId, "el");
        Complaints.acknowledge(id);
        step(id, "analysis", Map.of("rootCauseHypothesis", "transport damage"), 200);
        step(id, "response", Map.of("rootCause", "pallet crushed in transport", "correctiveAction", "reinforced packaging",
                "preventiveAction", "drop test per lot", "noCarJustification", "not a manufacturing defect"), 200);
        return id;
    }

    /** A step of the supplier's quality manager. */
    private static ValidatableResponse step(String id, String command, Map<String, ?> body, int status) {
        return post(SystemUsers.QUINN, id, command, body, status);
    }

    /** A step of the customer's own user. */
    private static ValidatableResponse customer(String username, String id, String command, Map<String, ?> body, int status) {
        return post(username, id, command, body, status);
    }

    private static ValidatableResponse post(String username, String id, String command, Map<String, ?> body, int status) {
        return SystemUsers.as(username, Service.COMPLAINT).contentType(ContentType.JSON).body(body)
                .post("/complaints/{id}/" + command, id)
                .then().log().ifValidationFails().statusCode(status);
    }

    private static Map<String, String> with(Map<String, String> body, String key, String value) {
        Map<String, String> with = new java.util.HashMap<>(body);
        with.put(key, value);
        return with;
    }

    private static List<String> subjects(MailCatcher mail, String address) {
        return mail.mails().stream().filter(m -> m.to().contains(address)).map(MailCatcher.Mail::subject).toList();
    }

    private static RequestSpecification complaints() {
        return SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT);
    }
}
