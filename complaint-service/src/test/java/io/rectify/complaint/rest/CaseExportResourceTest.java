package io.rectify.complaint.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.PeerTopics;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TableOwner;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /complaints/{id}/audit/export: the whole record of one case, as an auditor samples it. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class CaseExportResourceTest {

    @Inject
    PeerTopics topics;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void theExportHoldsTheFormEveryEventWithItsChainTheMailsSentAndTheVerification() throws Exception {
        Map<String, Object> form = ComplaintForms.valid();
        String customer = (String) ((Map<?, ?>) form.get("customer")).get("id");
        String id = asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201).extract().path("id");
        String reference = asQualityManager().get("/complaints/{id}", id).then().extract().path("reference");
        asQualityManager().contentType(ContentType.JSON).body(Map.of("comment", "samples requested from the line"))
                .post("/complaints/{id}/acknowledgement", id).then().statusCode(200);

        // what notification-service reports on notifications.events
        UUID mail = UUID.randomUUID();
        Instant queued = Instant.now();
        topics.publishNotification(UUID.fromString(id), new NotificationEvent.Queued(mail, UUID.fromString(id), reference,
                NotificationChannel.EMAIL, "buyer@customer.example", Language.EN, "acknowledgement",
                "Your complaint " + reference + " is being handled", "body", null, UUID.randomUUID(), queued, queued), 1);
        topics.publishNotification(UUID.fromString(id), new NotificationEvent.Sent(mail, 1, queued.plusSeconds(2)), 2);
        asAdmin().post("/admin/audit/anchors").then().statusCode(200);

        var chain = asQualityManager().get("/complaints/{id}/audit", id).then().statusCode(200).extract().jsonPath();
        String[] export = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            export[0] = asQualityManager().get("/complaints/{id}/audit/export", id).then().statusCode(200)
                    .contentType(containsString("text/html")).extract().asString();
            assertTrue(export[0].contains("SENT"), "the mail's outcome has arrived");
        });
        String html = export[0];
        for (String expected : List.of("Audit export: complaint " + reference, (String) form.get("description"),
                "io.rectify.complaint.received.v1", "io.rectify.complaint.acknowledged.v1", "samples requested from the line",
                Users.QUINN, chain.getString("links[0].hash"), chain.getString("links[1].hash"),
                "The chain holds", chain.getString("anchored.anchoredIn.root"), "buyer@customer.example",
                "Your complaint " + reference + " is being handled", "The case was never disputed")) {
            assertTrue(html.contains(expected), "the export shows " + expected);
        }
        assertEquals(2, html.split("class=\"event\"", -1).length - 1, "one block per event");

        // the whole record, internal mails included, is not for customers
        asCustomer(customer).get("/complaints/{id}/audit/export", id).then().statusCode(403);
        asQualityManager().get("/complaints/{id}/audit/export", UUID.randomUUID()).then().statusCode(404);

        // history changed behind the trigger's back: the export says where
        asOwner("update events set data = jsonb_set(data, '{comment}', '\"no samples\"') where stream_id = ? and version = 2", id);
        try {
            asQualityManager().get("/complaints/{id}/audit/export", id).then().statusCode(200)
                    .body(containsString("The chain is BROKEN at event 2"))
                    .body(not(containsString("The chain holds")));
        } finally {
            asOwner("update events set data = jsonb_set(data, '{comment}', '\"samples requested from the line\"') where stream_id = ? and version = 2", id);
        }
        asQualityManager().get("/complaints/{id}/audit/export", id).then().body(containsString("The chain holds"));
    }

    private void asOwner(String sql, String streamId) throws SQLException {
        new TableOwner(jdbcUrl, owner, ownerPassword).behindTheTrigger(connection -> {
            try (PreparedStatement change = connection.prepareStatement(sql)) {
                change.setObject(1, UUID.fromString(streamId));
                assertEquals(1, change.executeUpdate());
            }
        });
    }

    @Test
    void theExportPrintsToPdfWithGreekAndSerbianTextAsWritten() throws Exception {
        Map<String, Object> form = new java.util.HashMap<>(ComplaintForms.valid());
        String greekAndSerbian = "Οι επαφές κολλάνε μετά από 2.000 κύκλους; контакти се лепе";
        form.put("description", greekAndSerbian);
        String id = asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints")
                .then().statusCode(201).extract().path("id");
        String reference = asQualityManager().get("/complaints/{id}", id).then().extract().path("reference");

        byte[] pdf = asQualityManager().accept("application/pdf").get("/complaints/{id}/audit/export", id).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("audit-export-" + id + ".pdf"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // line breaks fall where the page is full: compare without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : List.of("Audit export: complaint " + reference, greekAndSerbian,
                    "io.rectify.complaint.received.v1", "The chain holds")) {
                assertTrue(text.contains(expected.replaceAll("\\s+", "")), "the PDF shows " + expected + ": " + text);
            }
        }
        asCustomer("ACME-01").accept("application/pdf").get("/complaints/{id}/audit/export", id).then().statusCode(403);
    }
}
