package io.rectify.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Money;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.SurveyTokens;
import io.rectify.localstack.TopicClient;
import io.rectify.notification.CaseEvents;
import io.rectify.notification.SmtpServer;
import io.rectify.testing.PrometheusText;
import io.rectify.testing.RectifyTestResource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mails through a real SMTP server, from events on the real broker. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
@WithTestResource(SmtpServer.class)
class MailDeliveryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "rectify.survey.secret")
    String surveySecret;

    @Inject
    ObjectMapper json;

    private static final Map<String, String> SENT_MAILS = Map.of("channel", "EMAIL", "outcome", "sent");

    @Test
    void aGreekCustomerIsWrittenToInGreekAtEachStep() {
        CaseEvents greek = new CaseEvents(bootstrapServers, json, "kostas-" + UUID.randomUUID() + "@customer.example");
        double sentBefore = PrometheusText.scrape().valueOrZero("rectify_notification_deliveries_total", SENT_MAILS);
        greek.publish(greek.received(Language.EL), greek.acknowledged(), greek.responded());

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(greek.email).size() == 3);
        // each delivery is counted by channel and outcome once its result is stored, which is just after the SMTP
        // server has the mail; the view's figures by status follow
        await().atMost(Duration.ofSeconds(10)).until(() -> PrometheusText.scrape()
                .valueOrZero("rectify_notification_deliveries_total", SENT_MAILS) >= sentBefore + 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusText.scrape()
                .valueOrZero("rectify_notifications", Map.of("status", "SENT", "channel", "EMAIL")) >= 3);
        List<MimeMessage> mails = SmtpServer.mailsTo(greek.email);
        assertEquals("Λάβαμε το παράπονό σας " + greek.reference, SmtpServer.subject(mails.get(0)));
        assertTrue(SmtpServer.text(mails.get(0)).contains("Rocker switch (SW-100), παρτίδα LOT-7"), SmtpServer.text(mails.get(0)));
        assertEquals("Το παράπονό σας " + greek.reference + " είναι υπό επεξεργασία", SmtpServer.subject(mails.get(1)));
        assertEquals("Η απάντησή μας στο παράπονό σας " + greek.reference, SmtpServer.subject(mails.get(2)));
        String response = SmtpServer.text(mails.get(2));
        for (String part : List.of("Βασική αιτία:", "reflow peak too low", "reflow profile v7", "SPC on every oven")) {
            assertTrue(response.contains(part), "the response says " + part + ": " + response);
        }
        assertEquals(greek.reference, SmtpServer.header(mails.get(2), "X-Rectify-Case"));

        asQualityManager().queryParam("caseId", greek.caseId).get("/notifications").then()
                .body("template", contains("receipt-acknowledgement", "acknowledgement", "response", "follow-up-request"))
                .body("language", contains("el", "el", "el", "el"))
                .body("status", contains("SENT", "SENT", "SENT", "PENDING"))
                .body("[0].attempts", equalTo(1))
                .body("[0].sentAt", notNullValue())
                .body("[3].nextAttemptAt", notNullValue());

        // the follow-up request waits two weeks; the customer's answer makes it unnecessary
        greek.publish(greek.followedUp(), greek.closed());
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(greek.email).size() == 4);
        assertEquals("Το παράπονό σας " + greek.reference + " έκλεισε", SmtpServer.subject(SmtpServer.mailsTo(greek.email).get(3)));
        asQualityManager().queryParam("caseId", greek.caseId).get("/notifications").then()
                .body("find { it.template == 'follow-up-request' }.status", equalTo("CANCELLED"));
    }

    @Test
    void theClosureMailCarriesAOneTimeSurveyLinkComplaintServiceAccepts() {
        CaseEvents greek = new CaseEvents(bootstrapServers, json, "eleni-" + UUID.randomUUID() + "@customer.example");
        greek.publish(greek.received(Language.EL), greek.closed());
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(greek.email).size() == 2);
        String closure = SmtpServer.text(SmtpServer.mailsTo(greek.email).get(1));
        String link = "http://localhost:8081/survey/" + greek.caseId + "?token="
                + SurveyTokens.token(surveySecret, greek.caseId, greek.surveyId);
        assertTrue(closure.contains("Πώς χειριστήκαμε το παράπονό σας;"), closure);
        assertTrue(closure.contains(link), "the link names the case and its survey, signed: " + closure);

        // the token is in the mail only: neither the API nor notifications.events shows it
        String token = SurveyTokens.token(surveySecret, greek.caseId, greek.surveyId);
        String closureId = asQualityManager().queryParam("caseId", greek.caseId).get("/notifications").then()
                .extract().path("find { it.template == 'closure' }.id");
        String recorded = asQualityManager().get("/notifications/{id}", closureId).then().statusCode(200).extract().path("body");
        assertTrue(recorded.contains("/survey/" + greek.caseId + "?token={survey-token:" + greek.surveyId + "}"), recorded);
        assertFalse(recorded.contains(token), recorded);
        List<ConsumerRecord<String, byte[]>> published = new TopicClient(bootstrapServers).read("notifications.events",
                record -> greek.caseId.toString().equals(record.key()), 4, Duration.ofSeconds(20));
        assertFalse(published.isEmpty());
        for (ConsumerRecord<String, byte[]> record : published) {
            assertFalse(new String(record.value(), StandardCharsets.UTF_8).contains(token), "the survey token is on Kafka");
        }
    }

    @Test
    void aCustomerSeesTheMailsTheirOwnCustomerWasSentAndNothingElse() {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "purchasing-" + UUID.randomUUID() + "@acme.example");
        events.publish(events.received(Language.EN), events.remedyProposed(), events.disputeOpened());
        await().atMost(Duration.ofSeconds(30)).until(() -> asQualityManager().queryParam("caseId", events.caseId)
                .get("/notifications").then().extract().jsonPath().getList("recipient").contains("quality@rectify.local"));
        List<String> all = asQualityManager().queryParam("caseId", events.caseId).get("/notifications").then()
                .extract().jsonPath().getList("recipient");

        // the case's customer (ACME) sees the mails to them, not the quality team's alert
        List<String> seen = asCustomer("ACME").queryParam("caseId", events.caseId).get("/notifications").then().statusCode(200)
                .body("recipient", everyItem(equalTo(events.email)))
                .extract().jsonPath().getList("recipient");
        assertEquals(all.stream().filter(events.email::equals).count(), seen.size());
        assertTrue(seen.size() >= 2, "receipt and dispute mails: " + seen);
        String alert = asQualityManager().queryParam("caseId", events.caseId).get("/notifications").then()
                .extract().path("find { it.recipient == 'quality@rectify.local' }.id");
        asCustomer("ACME").get("/notifications/{id}", alert).then().statusCode(404);

        // another customer learns nothing of the case
        asCustomer("GLOBEX").queryParam("caseId", events.caseId).get("/notifications").then().statusCode(404)
                .contentType("application/problem+json");
        String mail = asCustomer("ACME").queryParam("caseId", events.caseId).get("/notifications").then().extract().path("[0].id");
        asCustomer("GLOBEX").get("/notifications/{id}", mail).then().statusCode(404);
        asCustomer("ACME").post("/notifications/{id}/retry", mail).then().statusCode(403);
    }

    @Test
    void aDisputeIsToldToTheCustomerInTheirLanguageAndRaisedToTheQualityTeam() {
        CaseEvents serbian = new CaseEvents(bootstrapServers, json, "dragana-" + UUID.randomUUID() + "@customer.example");
        Resolution settlement = new Resolution("credit of 3,000 EUR covers sorting and parts",
                new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("3000.00"), "EUR"), null), false);
        serbian.publish(serbian.received(Language.SR), serbian.remedyProposed(), serbian.disputeOpened(),
                serbian.settlementProposed(Party.CUSTOMER, new Resolution("4,800 EUR", null, false)),
                serbian.settlementProposed(Party.SUPPLIER, settlement), serbian.settled(settlement));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(serbian.email).size() == 5);
        List<MimeMessage> mails = SmtpServer.mailsTo(serbian.email);
        assertEquals("Наш предлог решења за вашу рекламацију " + serbian.reference, SmtpServer.subject(mails.get(1)));
        assertTrue(SmtpServer.text(mails.get(1)).contains("Одобрење 1250.00 EUR"), SmtpServer.text(mails.get(1)));
        assertTrue(SmtpServer.text(mails.get(2)).contains("ваш приговор на понуђено решење по рекламацији " + serbian.reference
                + " евидентирали смо као спор 1"), SmtpServer.text(mails.get(2)));
        assertEquals("Предлог за решење спора по рекламацији " + serbian.reference, SmtpServer.subject(mails.get(3)),
                "only the supplier's proposal is mailed: the customer knows their own");
        String confirmation = SmtpServer.text(mails.get(4));
        for (String part : List.of("credit of 3,000 EUR covers sorting and parts", "Одобрење 3000.00 EUR", "Ana Petrović",
                "Nikos Pappas", "sha256:ab")) {
            assertTrue(confirmation.contains(part), "the settlement mail carries " + part + ": " + confirmation);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo("quality@rectify.local").stream()
                .anyMatch(mail -> SmtpServer.subject(mail).equals("Dispute 1 on " + serbian.reference + ": remedy contested")));
    }

    @Test
    void theCustomerHearsTheAnswersToTheirProposalsAndTheRemedyBeingCarriedOut() {
        CaseEvents greek = new CaseEvents(bootstrapServers, json, "yannis-" + UUID.randomUUID() + "@customer.example");
        RemedyOffer credit = new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("3000.00"), "EUR"), null);
        greek.publish(greek.received(Language.EL),
                greek.proposalRejected(Party.SUPPLIER, "sorting was not agreed", null),
                greek.proposalRejected(Party.SUPPLIER, "countered", UUID.randomUUID()),
                greek.proposalAccepted(Party.SUPPLIER, new Resolution("3,000 EUR for parts and sorting", credit, false)),
                greek.creditIssued(credit, "CN-2026-0311"));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(greek.email).size() == 4);
        List<MimeMessage> mails = SmtpServer.mailsTo(greek.email);
        assertEquals("Δεν μπορούμε να αποδεχθούμε την πρότασή σας για το παράπονο " + greek.reference,
                SmtpServer.subject(mails.get(1)), "a counter-proposal is not told as a rejection too");
        assertTrue(SmtpServer.text(mails.get(1)).contains("sorting was not agreed"));
        assertEquals("Αποδεχόμαστε την πρότασή σας για το παράπονο " + greek.reference, SmtpServer.subject(mails.get(2)));
        assertTrue(SmtpServer.text(mails.get(2)).contains("Πίστωση 3000.00 EUR"), SmtpServer.text(mails.get(2)));
        assertEquals("Η πίστωση εκδόθηκε: παράπονο " + greek.reference, SmtpServer.subject(mails.get(3)));
        String progress = SmtpServer.text(mails.get(3));
        for (String part : List.of("(Πίστωση 3000.00 EUR)", "(έγγραφο CN-2026-0311)", "Με αυτό η αποκατάσταση ολοκληρώθηκε.")) {
            assertTrue(progress.contains(part), "the mail says " + part + ": " + progress);
        }
    }

    @Test
    void serbianIsWrittenInCyrillicAndAnUnknownLanguageInEnglish() {
        CaseEvents serbian = new CaseEvents(bootstrapServers, json, "milan-" + UUID.randomUUID() + "@customer.example");
        CaseEvents unknown = new CaseEvents(bootstrapServers, json, "jo-" + UUID.randomUUID() + "@customer.example");
        serbian.publish(serbian.received(Language.SR));
        unknown.publish(unknown.received(null));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(serbian.email).size() == 1
                && SmtpServer.mailsTo(unknown.email).size() == 1);
        assertEquals("Примили смо вашу рекламацију " + serbian.reference, SmtpServer.subject(SmtpServer.mailsTo(serbian.email).get(0)));
        assertEquals("We received your complaint " + unknown.reference, SmtpServer.subject(SmtpServer.mailsTo(unknown.email).get(0)));
    }

    @Test
    void theQualityTeamHearsOfNewCarsMissedDeadlinesAndOverdueActions() {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "team-" + UUID.randomUUID() + "@customer.example");
        UUID carId = UUID.randomUUID();
        String carReference = "CAR-2026-" + carId.toString().substring(0, 6);
        events.publish(events.received(Language.EN), events.deadlineMissed(), events.carOpened(carId, carReference),
                events.actionOverdue(carId));

        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo("quality@rectify.local").stream()
                .filter(mail -> SmtpServer.subject(mail).contains(events.reference) || SmtpServer.subject(mail).contains(carReference))
                .count() == 3);
        List<String> subjects = SmtpServer.mailsTo("quality@rectify.local").stream().map(SmtpServer::subject)
                .filter(subject -> subject.contains(events.reference) || subject.contains(carReference)).toList();
        assertTrue(subjects.contains("Deadline missed: acknowledgement of " + events.reference), subjects.toString());
        assertTrue(subjects.contains("New CAR " + carReference + " (CRITICAL)"), subjects.toString());
        assertTrue(subjects.contains("Overdue action A1 of " + carReference), subjects.toString());
        assertEquals(1, SmtpServer.mailsTo(events.email).size(), "the customer hears only of the receipt");
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsAwayAndIsSentOnceWhenItReturns() {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "patient-" + UUID.randomUUID() + "@customer.example");
        SmtpServer.down();
        try {
            events.publish(events.received(Language.EN));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asQualityManager().queryParam("caseId", events.caseId)
                    .get("/notifications").then()
                    .body("[0].status", equalTo("PENDING"))
                    .body("[0].attempts", greaterThanOrEqualTo(2))
                    .body("[0].lastError", notNullValue()));
        } finally {
            SmtpServer.up();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asQualityManager().queryParam("caseId", events.caseId)
                .get("/notifications").then().body("[0].status", equalTo("SENT")));
        assertEquals(1, SmtpServer.mailsTo(events.email).size());

        List<String> types = new TopicClient(bootstrapServers).read("notifications.events",
                        r -> events.caseId.toString().equals(r.key()), 4, Duration.ofSeconds(20)).stream()
                .map(MailDeliveryTest::type).toList();
        assertEquals("io.rectify.notification.queued.v1", types.get(0));
        assertTrue(types.contains("io.rectify.notification.attempt-failed.v1"), types.toString());
        assertEquals("io.rectify.notification.sent.v1", types.get(types.size() - 1), "the last word is that it was sent");
    }

    @Test
    void anEventDeliveredTwiceSendsOneMail() {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "once-" + UUID.randomUUID() + "@customer.example");
        var received = events.received(Language.EN);
        var acknowledged = events.acknowledged();
        events.publish(received, received, acknowledged, acknowledged);
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpServer.mailsTo(events.email).size() >= 2);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertEquals(2, SmtpServer.mailsTo(events.email).size());
        asQualityManager().queryParam("caseId", events.caseId).get("/notifications").then()
                .body("template", contains("receipt-acknowledgement", "acknowledgement"))
                .body("status", hasItem("SENT"));
    }

    @Test
    void aNotificationShowsWhatItSays() {
        CaseEvents events = new CaseEvents(bootstrapServers, json, "read-" + UUID.randomUUID() + "@customer.example");
        events.publish(events.received(Language.EN));
        await().atMost(Duration.ofSeconds(30)).until(() -> asQualityManager().queryParam("caseId", events.caseId).get("/notifications")
                .then().extract().<List<?>>path("$").size() == 1);
        String id = asQualityManager().queryParam("caseId", events.caseId).get("/notifications").then().extract().path("[0].id");
        asQualityManager().get("/notifications/{id}", id).then().statusCode(200)
                .body("subject", equalTo("We received your complaint " + events.reference))
                .body("body", org.hamcrest.Matchers.containsString("registered under the\nreference " + events.reference));
        asQualityManager().get("/notifications/{id}", UUID.randomUUID()).then().statusCode(404);
        asAdmin().post("/notifications/{id}/retry", id).then().statusCode(409).body("detail",
                org.hamcrest.Matchers.containsString("only a FAILED notification can be retried"));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
