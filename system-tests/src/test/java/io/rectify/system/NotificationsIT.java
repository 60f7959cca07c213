package io.rectify.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.rectify.localstack.MailCatcher;
import io.rectify.localstack.Service;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a Greek customer and a CRM integrator see of a case, across the running services: Greek
 * mails in the SMTP catcher at each step, and signed CloudEvents on the integrator's endpoint,
 * verified the way the README tells integrators to.
 */
@ExtendWith(RunningSystem.class)
class NotificationsIT {

    private static final String SECRET = "crm-secret-of-some-length";

    @Test
    void aGreekCustomerGetsGreekMailsAndAnIntegratorSignedEvents() throws Exception {
        List<String[]> deliveries = new CopyOnWriteArrayList<>();
        HttpServer crm = HttpServer.create(new InetSocketAddress("127.0.0.1", RunningSystem.crmPort()), 0);
        crm.createContext("/events", exchange -> {
            deliveries.add(new String[]{new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Rectify-Signature")});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        crm.start();
        String subscription = SystemUsers.as(SystemUsers.IVAN, Service.NOTIFICATION).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + crm.getAddress().getPort() + "/events",
                        "eventTypes", List.of("io.rectify.complaint.*"), "secret", SECRET))
                .post("/subscriptions").then().statusCode(201).extract().path("id");
        try {
            String id = Complaints.file("CUST-GR-" + System.nanoTime(), "el");
            Complaints.acknowledge(id);
            String reference = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", id)
                    .then().extract().path("reference");
            String customerEmail = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", id)
                    .then().extract().path("customer.email");

            MailCatcher mail = RunningSystem.stack().mail();
            await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mail, customerEmail).size() == 2);
            List<MailCatcher.Mail> mails = mailsTo(mail, customerEmail);
            assertEquals("Λάβαμε το παράπονό σας " + reference, mails.get(1).subject(), "newest first");
            assertEquals("Το παράπονό σας " + reference + " είναι υπό επεξεργασία", mails.get(0).subject());
            assertTrue(mails.get(1).text().contains("Διαχείριση Ποιότητας"), mails.get(1).text());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> SystemUsers.as(SystemUsers.QUINN, Service.NOTIFICATION)
                    .queryParam("caseId", id).get("/notifications").then()
                    .body("findAll { it.channel == 'EMAIL' }.status", equalTo(List.of("SENT", "SENT")))
                    .body("findAll { it.channel == 'EMAIL' }.language", equalTo(List.of("el", "el"))));

            await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.stream().filter(d -> d[0].contains(id)).count() == 2);
            ObjectMapper json = new ObjectMapper();
            List<String> types = new java.util.ArrayList<>();
            for (String[] delivery : deliveries.stream().filter(d -> d[0].contains(id)).toList()) {
                assertEquals("sha256=" + hmac(delivery[0]), delivery[1], "the integrator can verify the signature");
                JsonNode event = json.readTree(delivery[0]);
                assertEquals(id, event.get("caseid").asText());
                types.add(event.get("type").asText());
            }
            assertEquals(List.of("io.rectify.complaint.received.v1", "io.rectify.complaint.acknowledged.v1"), types,
                    "one delivery per event, in the order of the case");
        } finally {
            SystemUsers.as(SystemUsers.IVAN, Service.NOTIFICATION).delete("/subscriptions/{id}", subscription);
            crm.stop(0);
        }
    }

    @Test
    void aWebhookCannotPointInsideTheNetwork() {
        int postgres = RunningSystem.stack().postgres().port();
        for (String inside : List.of("http://127.0.0.1:" + postgres + "/", "http://localhost:" + postgres + "/",
                RunningSystem.url(Service.COMPLAINT) + "/complaints", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:" + RunningSystem.crmPort() + "/events")) {
            SystemUsers.as(SystemUsers.IVAN, Service.NOTIFICATION).contentType(ContentType.JSON)
                    .body(Map.of("url", inside, "eventTypes", List.of("*"), "secret", SECRET))
                    .post("/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("url"));
        }
    }

    private static List<MailCatcher.Mail> mailsTo(MailCatcher mail, String address) {
        return mail.mails().stream().filter(m -> m.to().contains(address)).toList();
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
