package io.rectify.complaint.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.PeerTopics;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.EightDReport;
import io.rectify.contracts.car.IsIsNot;
import io.rectify.contracts.car.PlannedAction;
import io.rectify.contracts.car.Prevention;
import io.rectify.contracts.car.ProblemDescription;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.car.TeamMember;
import io.rectify.contracts.common.ContainedStock;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.testing.RectifyTestResource;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asQualityEngineer;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer portal's pages and forms as a browser sends them (with the tests' bearer tokens;
 * the system tests log in through Keycloak's page): the form files a WEB_FORM complaint for the
 * logged-in customer under the API's rules, a customer sees only their own cases, and a remedy is
 * answered on the case page.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class PortalPageTest {

    @Inject
    PeerTopics carEvents;

    @Test
    void theFormFilesAWebFormComplaintForTheLoggedInCustomerAndTheCasePageSaysWhatHappensNext() {
        String customer = "PORTAL-" + System.nanoTime();
        asCustomer(customer).queryParam("lang", "el").get("/portal/complaints/new").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .body(containsString("<html lang=\"el\">"))
                .body(containsString("<label for=\"lotNumber\">Αριθμός παρτίδας *</label>"));

        Map<String, String> filled = form();
        Response sent = post(asCustomer(customer), "/portal/complaints?lang=el", filled);
        sent.then().statusCode(303);
        String location = sent.header("Location");
        Matcher id = Pattern.compile("/portal/complaints/([0-9a-f-]{36})\\?lang=el&filed=true").matcher(location);
        assertTrue(id.find(), location);

        asCustomer(customer).get("/complaints/{id}", id.group(1)).then().statusCode(200)
                .body("channel", equalTo("WEB_FORM"))
                .body("customer.id", equalTo(customer))
                .body("customer.language", equalTo("el"))
                .body("customer.email", equalTo("buyer@customer.example"))
                .body("occurrence.occurredAt", equalTo("2026-11-19T07:45:00Z"))
                .body("requestedRemedy", equalTo("REPLACEMENT"));
        String reference = asCustomer(customer).get("/complaints/{id}", id.group(1)).then().extract().path("reference");
        asCustomer(customer).queryParam("lang", "el").queryParam("filed", true).get("/portal/complaints/{id}", id.group(1)).then()
                .statusCode(200)
                .body(containsString("Λάβαμε το παράπονό σας με αριθμό " + reference))
                .body(containsString("Λάβαμε το παράπονό σας</span>"));
        // a browser whose languages the portal does not speak reads the case in the language it was filed in
        asCustomer(customer).header("Accept-Language", "de-DE,de;q=0.9").get("/portal/complaints/{id}", id.group(1)).then()
                .statusCode(200).body(containsString("<html lang=\"el\">"));
        asCustomer(customer).queryParam("lang", "sr").get("/portal").then().statusCode(200)
                .body(containsString(">" + reference + "</a>"))
                .body(containsString("Примљена"));

        // the same form sent again (a double click) is the same case
        Response again = post(asCustomer(customer), "/portal/complaints?lang=el", filled);
        assertEquals(location, again.header("Location"));
    }

    @Test
    void aFormWithAMissingOrWrongFieldShowsTheMessageAtTheFieldAndFilesNothing() {
        String customer = "PORTAL-BAD-" + System.nanoTime();
        Map<String, String> form = form();
        form.remove("lotNumber");
        form.put("quantityAffected", "many");
        form.put("severity", "");
        post(asCustomer(customer), "/portal/complaints?lang=en", form).then().statusCode(400)
                .body(containsString("id=\"lotNumber-error\">Please fill this in.</p>"))
                .body(containsString("id=\"quantityAffected-error\">Please enter a whole number.</p>"))
                .body(containsString("id=\"severity-error\">Please choose one.</p>"))
                .body(containsString("aria-describedby=\"lotNumber-error\""))
                .body(containsString("value=\"PCBA-4711\""));
        asCustomer(customer).get("/complaints").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        String customer = "PORTAL-CSRF-" + System.nanoTime();
        asCustomer(customer).contentType(ContentType.URLENC).formParams(form()).post("/portal/complaints").then().statusCode(403);
        asCustomer(customer).header("Origin", "https://evil.example").contentType(ContentType.URLENC).formParams(form())
                .post("/portal/complaints").then().statusCode(403);
        asCustomer(customer).get("/complaints").then().body("items.size()", equalTo(0));
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCasesAndAnswersTheRemedyOfferedOnTheCasePage() {
        String customer = "PORTAL-R-" + System.nanoTime();
        String id = idOf(post(asCustomer(customer), "/portal/complaints?lang=en", form()).header("Location"));
        asQualityEngineer().contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/acknowledgement", id).then().statusCode(200);
        asQualityEngineer().contentType(ContentType.JSON).body(Map.of("type", "REPLACEMENT", "quantity", 25))
                .post("/complaints/{id}/remedy", id).then().statusCode(200);

        String page = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("We offer: Replace the parts, 25 pcs"))
                .body(containsString("id=\"accept-remedy\"")).extract().asString();
        String version = attribute(page, "name=\"version\" value=\"([0-9]+)\"");

        String other = "PORTAL-OTHER-" + System.nanoTime();
        asCustomer(other).get("/portal/complaints/{id}", id).then().statusCode(404).body(containsString("not among yours"));
        asCustomer(other).get("/portal").then().statusCode(200).body(not(containsString(id)));
        post(asCustomer(other), "/portal/complaints/" + id + "/remedy/acceptance", Map.of("version", version)).then()
                .statusCode(404);

        // declining needs a reason, shown at the field
        post(asCustomer(customer), "/portal/complaints/" + id + "/remedy/rejection", Map.of("version", version, "reason", " "))
                .then().statusCode(400).body(containsString("id=\"reason-error\">Please fill this in.</p>"));
        // the API's rules, not a shorter copy: a reason longer than the API takes is refused, never cut
        post(asCustomer(customer), "/portal/complaints/" + id + "/remedy/rejection", Map.of("version", version, "reason", "ό".repeat(4_001)))
                .then().statusCode(400).body(containsString("id=\"reason-error\">This is too long.</p>"));
        asQualityManager().get("/complaints/{id}", id).then().body("remedy.status", equalTo("PROPOSED"));
        Response accepted = post(asCustomer(customer), "/portal/complaints/" + id + "/remedy/acceptance", Map.of("version", version));
        accepted.then().statusCode(303);
        assertTrue(accepted.header("Location").endsWith("&answered=true"), accepted.header("Location"));
        asQualityManager().get("/complaints/{id}", id).then().body("remedy.status", equalTo("ACCEPTED"));
        // an answer on a page that is out of date changes nothing and says so
        Response late = post(asCustomer(customer), "/portal/complaints/" + id + "/remedy/rejection",
                Map.of("version", version, "reason", "too late"));
        assertTrue(late.header("Location").endsWith("&stale=true"), late.header("Location"));
        asQualityManager().get("/complaints/{id}", id).then().body("remedy.status", equalTo("ACCEPTED"));

        asQualityManager().get("/portal").then().statusCode(403);
    }

    @Test
    void aDisputeIsNegotiatedAndSignedOnTheCasePageForTheCustomersSideOnly() {
        String customer = "PORTAL-D-" + System.nanoTime();
        String id = idOf(post(asCustomer(customer), "/portal/complaints?lang=en", form()).header("Location"));
        asQualityManager().contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/acknowledgement", id).then().statusCode(200);
        asQualityManager().contentType(ContentType.JSON).body(Map.of("reason", "damage by handling at the customer"))
                .post("/complaints/{id}/rejection", id).then().statusCode(200);
        // the customer opens the dispute and brings evidence on the case page
        String opening = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("id=\"dispute-form\"")).extract().asString();
        String seen = attribute(opening, "name=\"version\" value=\"([0-9]+)\"");
        post(asCustomer(customer), "/portal/complaints/" + id + "/dispute", Map.of("version", seen, "contests", "REJECTION",
                "issueStatement", "the parts were damaged before delivery", "customerClaim", "")).then().statusCode(400)
                .body(containsString("id=\"customerClaim-error\">Please fill this in.</p>"))
                .body(containsString("the parts were damaged before delivery</textarea>"));
        post(asCustomer(customer), "/portal/complaints/" + id + "/dispute", Map.of("version", seen, "contests", "REJECTION",
                "issueStatement", "the parts were damaged before delivery", "customerClaim", "credit the lot")).then().statusCode(303);
        String negotiating = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("id=\"evidence-form\"")).extract().asString();
        seen = attribute(negotiating, "name=\"version\" value=\"([0-9]+)\"");
        post(asCustomer(customer), "/portal/complaints/" + id + "/dispute/evidence", Map.of("version", seen, "type", "PHOTO",
                "description", "cartons on arrival", "link", "photos/1.jpg")).then().statusCode(400)
                .body(containsString("id=\"link-error\">Please enter a web address starting with http:// or https://.</p>"));
        post(asCustomer(customer), "/portal/complaints/" + id + "/dispute/evidence", Map.of("version", seen, "type", "PHOTO",
                "description", "cartons on arrival", "link", "https://dms.customer.example/photos/1.jpg")).then().statusCode(303);
        asQualityManager().get("/complaints/{id}", id).then()
                .body("disputes[0].contests", equalTo("REJECTION"))
                .body("disputes[0].evidence[0].submittedBy", equalTo("CUSTOMER"))
                .body("disputes[0].evidence[0].link", equalTo("https://dms.customer.example/photos/1.jpg"));
        String proposal = asQualityManager().contentType(ContentType.JSON).body(Map.of("terms", "half the lot credited"))
                .post("/complaints/{id}/dispute/proposals", id).then().statusCode(200)
                .extract().path("disputes[0].proposals[0].id");

        String page = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("Open: evidence and proposals are exchanged"))
                .body(containsString("<strong>We proposed:</strong> half the lot credited"))
                .body(containsString("class=\"accept-proposal\"")).extract().asString();
        String version = attribute(page, "name=\"version\" value=\"([0-9]+)\"");
        String answers = "/portal/complaints/" + id + "/dispute/proposals/" + proposal;
        post(asCustomer(customer), answers + "/rejection", Map.of("version", version, "reason", "")).then().statusCode(400)
                .body(containsString("id=\"reason-" + proposal + "-error\">Please fill this in.</p>"));
        post(asCustomer(customer), answers + "/acceptance", Map.of("version", version)).then().statusCode(303);
        asQualityManager().get("/complaints/{id}", id).then().body("disputes[0].status", equalTo("AWAITING_SIGNATURES"));

        page = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("id=\"sign-form\"")).body(containsString("half the lot credited")).extract().asString();
        version = attribute(page, "name=\"version\" value=\"([0-9]+)\"");
        String signatures = "/portal/complaints/" + id + "/dispute/settlement/signatures";
        post(asCustomer(customer), signatures, Map.of("version", version, "signName", "Ana Petrović", "signRole", "",
                "signsFor", "Elektro Nord d.o.o.")).then().statusCode(400)
                .body(containsString("id=\"signRole-error\">Please fill this in.</p>"));
        post(asCustomer(customer), signatures, Map.of("version", version, "signName", "Ana Petrović",
                "signRole", "purchasing manager", "signsFor", "Elektro Nord d.o.o.")).then().statusCode(303);
        asQualityManager().get("/complaints/{id}", id).then()
                .body("disputes[0].signatures[0].party", equalTo("CUSTOMER"))
                .body("disputes[0].signatures[0].name", equalTo("Ana Petrović"))
                .body("disputes[0].signatures[0].signer.username", equalTo(io.rectify.testing.Users.customerUsername(customer)));
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("name", "Nikos Pappas", "role", "quality manager", "signsFor", "the supplier"))
                .post("/complaints/{id}/dispute/settlement/signatures", id).then().statusCode(200)
                .body("disputes[0].status", equalTo("SETTLED"));
        asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("Settled in writing"))
                .body(containsString("Signed by Ana Petrović (you)"))
                .body(not(containsString("id=\"sign-form\"")));
    }

    @Test
    void aClosedCaseAsksTheLoggedInCustomerForOneRatingWithoutAMailedToken() {
        String customer = "PORTAL-S-" + System.nanoTime();
        String id = idOf(post(asCustomer(customer), "/portal/complaints?lang=en", form()).header("Location"));
        staff(id, "acknowledgement", Map.of());
        staff(id, "analysis", Map.of("rootCauseHypothesis", "damage in transport",
                "containment", Map.of("atCustomer", Map.of("quantity", 25, "action", "replaced"))));
        staff(id, "response", Map.of("rootCause", "pallet crushed in transport", "correctiveAction", "reinforced packaging",
                "preventiveAction", "drop test per lot",
                "noCarJustification", "not a manufacturing defect"));
        staff(id, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no damage in 4 shipments"));
        staff(id, "closure", Map.of("comment", "customer satisfied"));

        String page = asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("How did we handle your complaint?"))
                .body(containsString("<legend>Your rating *</legend>"))
                .body(containsString("id=\"rating-5\" name=\"rating\" value=\"5\"> 5 – very satisfied")).extract().asString();
        String version = attribute(page, "name=\"version\" value=\"([0-9]+)\"");
        String survey = "/portal/complaints/" + id + "/satisfaction";

        // no rating, or one outside 1 to 5: the message at the field, the comment kept, nothing recorded
        for (String rating : new String[]{"", "9", "x"}) {
            post(asCustomer(customer), survey, Map.of("version", version, "rating", rating, "surveyComment", "fast answer"))
                    .then().statusCode(400)
                    .body(containsString("id=\"rating-error\">Please choose one.</p>"))
                    .body(containsString("fast answer</textarea>"));
        }
        post(asCustomer(customer), survey, Map.of("version", version, "rating", "4", "surveyComment", "x".repeat(4_001)))
                .then().statusCode(400).body(containsString("id=\"surveyComment-error\">This is too long.</p>"));
        asQualityManager().get("/complaints/{id}", id).then().body("survey.answeredAt", equalTo(null));
        // another customer cannot rate it
        post(asCustomer("PORTAL-OTHER-" + System.nanoTime()), survey, Map.of("version", version, "rating", "1")).then().statusCode(404);

        Response rated = post(asCustomer(customer), survey, Map.of("version", version, "rating", "4", "surveyComment", "fast answer"));
        rated.then().statusCode(303);
        assertTrue(rated.header("Location").endsWith("&answered=true"), rated.header("Location"));
        asQualityManager().get("/complaints/{id}", id).then()
                .body("survey.rating", equalTo(4)).body("survey.comment", equalTo("fast answer"));
        // the answer is the signed-in customer's, not an anonymous survey link's
        asQualityManager().get("/complaints/{id}/events", id).then()
                .body("[-1].type", equalTo("io.rectify.complaint.satisfaction-recorded.v1"))
                .body("[-1].actor", equalTo(io.rectify.testing.Users.customerUsername(customer)));
        asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("You rated our handling 4 of 5."))
                .body(containsString("Your rating was recorded"))
                .body(not(containsString("id=\"survey-form\"")));

        // one survey, one answer: a second one on the current version is refused and changes nothing
        String current = String.valueOf(asQualityManager().get("/complaints/{id}", id).then().extract().<Integer>path("version"));
        Response again = post(asCustomer(customer), survey, Map.of("version", current, "rating", "1"));
        assertTrue(again.header("Location").endsWith("&refused=true"), again.header("Location"));
        asQualityManager().get("/complaints/{id}", id).then().body("survey.rating", equalTo(4));
    }

    @Test
    void theCustomerReadsThe8dReportTheSupplierSharedInTheirLanguageAndNoOneElseDoes() throws Exception {
        String customer = "PORTAL-8D-" + System.nanoTime();
        String id = idOf(post(asCustomer(customer), "/portal/complaints?lang=el", form()).header("Location"));
        String report = "/portal/complaints/" + id + "/8d-report";
        staff(id, "acknowledgement", Map.of());
        staff(id, "analysis", Map.of("rootCauseHypothesis", "solder voids"));
        staff(id, "corrective-action-request", Map.of());
        asCustomer(customer).get(report).then().statusCode(404).body(containsString("id=\"not-found\""));

        UUID complaintId = UUID.fromString(id);
        UUID carId = UUID.randomUUID();
        carEvents.publish(complaintId, new CarEvent.Opened(carId, "CAR-2026-008001", complaintId, "CMP", CarSource.CUSTOMER,
                "voids", null, new Product("PCBA-4711", null), "L2026-11", Severity.MAJOR, null, Instant.now()), 1);
        Instant closedAt = Instant.parse("2026-11-30T10:00:00Z");
        carEvents.publish(complaintId, new CarEvent.ReportShared(carId, new EightDReport("CAR-2026-008001", "CMP",
                new Product("PCBA-4711", "Controller board"), new TeamMember("A. Petrović", "quality engineer", "QA"),
                List.of(new TeamMember("M. Papadopoulou", "process engineer", "SMT")),
                new ProblemDescription("voids under U7", null, "line 2", "since week 44", null, "X-ray", "3 %",
                        List.of(new IsIsNot("which line", "line 2", "line 1")), 120),
                new Containment(new ContainedStock(25, "sorted at your site"), null, new ContainedStock(2_000, "lot blocked")),
                "X-ray of 200 pieces",
                new RootCause("reflow peak 5 K too low", RootCause.Method.FIVE_WHY, RootCause.Category.MACHINE,
                        List.of("voids", "low wetting", "peak too low")),
                new RootCause("AOI does not see voids", RootCause.Method.IS_IS_NOT, RootCause.Category.MEASUREMENT, List.of()),
                "reproduced on line 2",
                List.of(new EightDReport.Action(new PlannedAction("A1", "reflow profile v7", "SMT", LocalDate.parse("2026-11-27"),
                        PlannedAction.Type.CORRECTIVE), Instant.parse("2026-11-26T09:00:00Z"))),
                new Prevention("PFMEA rev 5", "CP rev 3", List.of("WI-SMT-07"), List.of("PCBA-4712")),
                new EightDReport.Verification(Effectiveness.EFFECTIVE, "no voids over 25 %", LocalDate.parse("2026-11-01"),
                        LocalDate.parse("2026-11-28"), "0 of 12,000 with voids", closedAt),
                "profile changes need a first-article X-ray", closedAt), closedAt), 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().get("/complaints/{id}", id).then()
                .body("correctiveAction.report.carReference", equalTo("CAR-2026-008001"))
                .body("correctiveAction.report.sharedAt", equalTo("2026-11-30T10:00:00Z")));

        // the case page links it, in the language the case was filed in, and the timeline says it in words
        asCustomer(customer).get("/portal/complaints/{id}", id).then().statusCode(200)
                .body(containsString("href=\"" + report + "?lang=el\""))
                .body(containsString("Η αναφορά 8D που σας κοινοποιήσαμε"))
                .body(containsString("Σας κοινοποιήσαμε την αναφορά 8D"));
        asCustomer(customer).get(report + "?lang=en").then().statusCode(200)
                .body(containsString("<h1 id=\"report-title\">8D report CAR-2026-008001</h1>"))
                .body(containsString("A. Petrović · team leader, quality engineer"))
                .body(containsString("<td data-label=\"Is not\">line 1</td>"))
                .body(containsString("sorted at your site (25 pcs)"))
                .body(containsString("reflow peak 5 K too low <span class=\"meta\">(5 Why, machine)</span>"))
                .body(containsString("<li>low wetting</li>"))
                .body(containsString("<th scope=\"row\">reflow profile v7</th><td data-label=\"Kind\">corrective</td>"))
                .body(containsString("Yes: verified as effective"))
                .body(containsString("The 8D was closed on"))
                .body(containsString("profile changes need a first-article X-ray"));
        asCustomer(customer).get(report + "?lang=sr").then().statusCode(200)
                .body(containsString("Извештај 8D CAR-2026-008001"))
                .body(containsString("D4 · Основни узрок"))
                .body(containsString("Да: потврђено да делује"));
        // another customer, or a case without a shared report, finds nothing
        asCustomer("PORTAL-OTHER-" + System.nanoTime()).get(report).then().statusCode(404)
                .body(not(containsString("reflow")));
    }

    private static void staff(String id, String command, Map<String, ?> body) {
        asQualityManager().contentType(ContentType.JSON).body(body).post("/complaints/{id}/" + command, id).then().statusCode(200);
    }

    private static Map<String, String> form() {
        Map<String, String> form = new HashMap<>();
        form.put("partNumber", "PCBA-4711");
        form.put("productName", "Controller board");
        form.put("lotNumber", "L2026-11");
        form.put("quantityAffected", "25");
        form.put("remainingStock", "1000");
        form.put("description", "Cold solder joints on U7");
        form.put("conditions", "after reflow, at incoming inspection");
        form.put("occurredAt", "2026-11-19T07:45");
        form.put("phase", "INCOMING_INSPECTION");
        form.put("severity", "MAJOR");
        form.put("requestedRemedy", "REPLACEMENT");
        form.put("email", "buyer@customer.example");
        form.put("requestId", "r-" + System.nanoTime());
        return form;
    }

    /**
     * A form as the browser posts it from one of the portal's own pages: its origin, UTF-8 (the
     * page's charset) and no charset named in the content type.
     */
    private static Response post(RequestSpecification as, String path, Map<String, String> form) {
        return as.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .redirects().follow(false).header("Origin", "http://localhost:" + RestAssured.port)
                .contentType(ContentType.URLENC).formParams(form).post(path);
    }

    private static String idOf(String location) {
        Matcher id = Pattern.compile("/portal/complaints/([0-9a-f-]{36})").matcher(location);
        assertTrue(id.find(), location);
        return id.group(1);
    }

    private static String attribute(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertTrue(matcher.find(), regex);
        return matcher.group(1);
    }
}
