package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer portal in a real browser against the running system: carla (customer ACME) logs
 * in on Keycloak's page, files a complaint in Greek (a missing field first, which files nothing),
 * finds it in her list, and accepts the remedy the quality team offers through the API; boris
 * (GLOBEX) never sees it; she reads the 8D report the quality team shared. Every page passes axe-core's WCAG 2 A/AA rules, and is kept as a
 * screenshot at desktop and at phone width (375 px) in {@code target/screenshots}.
 */
@ExtendWith(RunningSystem.class)
class PortalIT {

    @Test
    void carlaFilesInGreekFindsHerCaseAndAcceptsTheRemedyAndBorisNeverSeesIt() {
        String portal = RunningSystem.url(Service.COMPLAINT) + "/portal";
        String caseId;
        String reference;
        try (Browser carla = Browser.open("el")) {
            carla.go(portal + "/complaints/new?lang=el");
            carla.logInOnKeycloak(SystemUsers.CARLA, "demo");
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
            assertEquals("el", carla.script("return document.documentElement.lang"));
            assertEquals("carla@acme.example", carla.driver().findElement(By.id("email")).getDomProperty("value"),
                    "the e-mail address the identity provider knows");
            assertAccessible(carla, "form");
            pictures(carla, "portal-form-el");

            assertKeyboardReaches(carla, List.of("partNumber", "productName", "lotNumber", "quantityAffected", "remainingStock",
                    "description", "conditions", "occurredAt", "phase", "severity", "requestedRemedy", "email", "send"));

            int before = casesOfAcme();
            fill(carla, Map.of("partNumber", "PCBA-4711", "productName", "Πλακέτα ελέγχου", "quantityAffected", "25",
                    "remainingStock", "1000", "description", "Κρύες κολλήσεις στο U7",
                    "conditions", "μετά την επαναροή, στον έλεγχο παραλαβής"));
            carla.script("document.getElementById('occurredAt').value = '2026-11-19T07:45'");
            new Select(carla.driver().findElement(By.id("phase"))).selectByValue("INCOMING_INSPECTION");
            new Select(carla.driver().findElement(By.id("severity"))).selectByValue("MAJOR");
            carla.driver().findElement(By.id("send")).click();

            // the lot is missing: the message is at the field, and nothing was filed
            WebElement error = wait(carla).until(ExpectedConditions.visibilityOfElementLocated(By.id("lotNumber-error")));
            assertEquals("Συμπληρώστε αυτό το πεδίο.", error.getText());
            assertEquals("lotNumber-error", carla.driver().findElement(By.id("lotNumber")).getDomAttribute("aria-describedby"));
            assertEquals("PCBA-4711", carla.driver().findElement(By.id("partNumber")).getDomProperty("value"), "what was typed stays");
            assertEquals(before, casesOfAcme(), "a form with a missing field files nothing");
            assertAccessible(carla, "form with a message");
            pictures(carla, "portal-form-invalid-el");

            carla.driver().findElement(By.id("lotNumber")).sendKeys("L2026-11");
            carla.driver().findElement(By.id("send")).click();
            WebElement banner = wait(carla).until(ExpectedConditions.visibilityOfElementLocated(By.id("banner")));
            caseId = carla.driver().findElement(By.id("case-title")).getDomAttribute("data-id");
            reference = SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).get("/complaints/{id}", caseId).then()
                    .statusCode(200).body("channel", equalTo("WEB_FORM")).body("customer.id", equalTo(SystemUsers.ACME))
                    .body("customer.language", equalTo("el")).body("product.name", equalTo("Πλακέτα ελέγχου"))
                    .body("description", equalTo("Κρύες κολλήσεις στο U7")).extract().path("reference");
            assertTrue(banner.getText().contains(reference), banner.getText());
            assertEquals(before + 1, casesOfAcme());
            assertAccessible(carla, "case page");
            pictures(carla, "portal-case-el");

            carla.go(portal + "?lang=el");
            List<String> listed = carla.driver().findElements(By.cssSelector("#cases a.reference")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(listed.contains(reference), listed.toString());
            assertAccessible(carla, "her cases");
            pictures(carla, "portal-cases-el");

            // the quality team offers a remedy; carla accepts it on the case page
            staff(caseId, "acknowledgement", Map.of());
            staff(caseId, "remedy", Map.of("type", "REPLACEMENT", "quantity", 25));
            carla.go(portal + "/complaints/" + caseId + "?lang=el");
            assertTrue(carla.driver().findElement(By.id("remedy-offer")).getText().contains("25 τεμ."));
            assertAccessible(carla, "case page with a remedy");
            pictures(carla, "portal-remedy-el");
            // with the keyboard alone: Tab to the button, Enter to press it
            pressWithKeyboard(carla, "accept-remedy");
            assertEquals("Η απάντησή σας καταχωρήθηκε.",
                    wait(carla).until(ExpectedConditions.visibilityOfElementLocated(By.id("banner"))).getText());
            SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", caseId).then()
                    .body("remedy.status", equalTo("ACCEPTED"));

            // the quality team answers, ships the replacement and closes the case; carla rates the handling on the case page, signed in
            staff(caseId, "analysis", Map.of("rootCauseHypothesis", "damage in transport",
                    "containment", Map.of("atCustomer", Map.of("quantity", 25, "action", "replaced"))));
            staff(caseId, "response", Map.of("rootCause", "pallet crushed in transport", "correctiveAction", "reinforced packaging",
                    "preventiveAction", "drop test per lot", "noCarJustification", "not a manufacturing defect"));
            staff(caseId, "follow-ups", Map.of("result", "EFFECTIVE", "observation", "no damage in 4 shipments"));
            staff(caseId, "remedy/fulfilment", Map.of("step", "SHIPPED", "quantity", 25, "documentReference", "DN-2026-0417"));
            staff(caseId, "closure", Map.of("comment", "replaced and confirmed"));
            carla.go(portal + "/complaints/" + caseId + "?lang=el");
            assertEquals("Πώς χειριστήκαμε το παράπονό σας;", carla.driver().findElement(By.id("survey-title")).getText());
            assertAccessible(carla, "case page with the survey");
            pictures(carla, "portal-survey-el");
            carla.driver().findElement(By.cssSelector("label[for=rating-5]")).click();
            carla.driver().findElement(By.id("surveyComment")).sendKeys("Γρήγορη απάντηση");
            carla.driver().findElement(By.id("send-rating")).click();
            assertEquals("Βαθμολογήσατε τον χειρισμό μας με 5 στα 5.",
                    wait(carla).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-answer"))).getText());
            SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", caseId).then()
                    .body("survey.rating", equalTo(5)).body("survey.comment", equalTo("Γρήγορη απάντηση"));
        }

        try (Browser boris = Browser.open("sr")) {
            boris.go(portal);
            boris.logInOnKeycloak(SystemUsers.BORIS, "demo");
            wait(boris).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertEquals("sr", boris.script("return document.documentElement.lang"));
            assertFalse(boris.driver().getPageSource().contains(reference), "boris's list does not name carla's case");
            boris.go(portal + "/complaints/" + caseId);
            assertEquals("Ова рекламација није међу вашим.", boris.driver().findElement(By.id("not-found")).getText());
            assertFalse(boris.driver().getPageSource().contains(reference));
            pictures(boris, "portal-not-found-sr");
        }
    }

    @Test
    void carlaDisputesARejectionInSerbianBringsEvidenceAcceptsOurProposalAndSignsTheSettlement() {
        String portal = RunningSystem.url(Service.COMPLAINT) + "/portal";
        Map<String, Object> form = new java.util.HashMap<>(Complaints.form(SystemUsers.ACME, "sr"));
        String id = SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).contentType(ContentType.JSON).body(form)
                .post("/complaints").then().statusCode(201).extract().path("id");
        staff(id, "acknowledgement", Map.of());
        staff(id, "rejection", Map.of("reason", "damage by handling at the customer"));
        try (Browser carla = Browser.open("sr")) {
            carla.go(portal + "/complaints/" + id + "?lang=sr");
            carla.logInOnKeycloak(SystemUsers.CARLA, "demo");
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-form")));
            new Select(carla.driver().findElement(By.id("contests"))).selectByValue("REJECTION");
            fill(carla, Map.of("issueStatement", "Делови су оштећени пре испоруке", "customerClaim", "Одобрење за целу партију"));
            carla.driver().findElement(By.id("open-dispute")).click();
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
            new Select(carla.driver().findElement(By.id("type"))).selectByValue("PHOTO");
            fill(carla, Map.of("description", "Кутије при пријему", "link", "https://dms.acme.example/photos/7.jpg"));
            carla.driver().findElement(By.id("add-evidence")).click();
            wait(carla).until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), "Кутије при пријему"));
            assertAccessible(carla, "dispute");
            pictures(carla, "portal-dispute-sr");

            String proposal = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).contentType(ContentType.JSON)
                    .body(Map.of("terms", "пола партије се одобрава")).post("/complaints/{id}/dispute/proposals", id).then()
                    .statusCode(200).extract().path("disputes[0].proposals[0].id");
            carla.go(portal + "/complaints/" + id + "?lang=sr");
            carla.driver().findElement(By.cssSelector("#proposals li[data-id='" + proposal + "'] .accept-proposal")).click();
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-form")));
            assertEquals("Carla Buyer", carla.driver().findElement(By.id("signName")).getDomProperty("value"));
            fill(carla, Map.of("signRole", "руководилац набавке", "signsFor", "ACME Automotive GmbH"));
            assertAccessible(carla, "settlement to sign");
            pictures(carla, "portal-sign-sr");
            carla.driver().findElement(By.id("sign")).click();
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signature")));
        }
        SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", id).then()
                .body("disputes[0].status", equalTo("AWAITING_SIGNATURES"))
                .body("disputes[0].evidence[0].description", equalTo("Кутије при пријему"))
                .body("disputes[0].signatures[0].party", equalTo("CUSTOMER"))
                .body("disputes[0].signatures[0].signer.username", equalTo(SystemUsers.CARLA));
    }

    @Test
    void carlaReadsTheInterim8dReportTheQualityTeamSharedOnHerCase() {
        String portal = RunningSystem.url(Service.COMPLAINT) + "/portal";
        String id = SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).contentType(ContentType.JSON)
                .body(Complaints.form(SystemUsers.ACME, "en")).post("/complaints").then().statusCode(201).extract().path("id");
        String carId = EightDSteps.toRootCause(id, "MACHINE", "MEASUREMENT");
        String carReference = SystemUsers.as(SystemUsers.QUINN, Service.CAR).post("/cars/{id}/report/sharing", carId).then()
                .statusCode(200).extract().path("reference");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> SystemUsers
                .as(SystemUsers.CARLA, Service.COMPLAINT).get("/complaints/{id}", id).then()
                .body("correctiveAction.report.carReference", equalTo(carReference)));
        try (Browser carla = Browser.open("en")) {
            carla.go(portal + "/complaints/" + id + "?lang=en");
            carla.logInOnKeycloak(SystemUsers.CARLA, "demo");
            wait(carla).until(ExpectedConditions.presenceOfElementLocated(By.id("eight-d-report"))).findElement(By.tagName("a")).click();
            assertEquals("8D report " + carReference,
                    wait(carla).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-title"))).getText());
            assertTrue(carla.driver().findElement(By.id("occurrence")).getText().startsWith("reflow peak too low"));
            assertEquals("The 8D is still in progress.", carla.driver().findElement(By.cssSelector("#d8 .pending")).getText());
            assertAccessible(carla, "8D report");
            pictures(carla, "portal-8d-report-en");
        }
    }

    /** Tabs from the top of the page to the control {@code id} and presses Enter on it, as a keyboard user does. */
    private static void pressWithKeyboard(Browser browser, String id) {
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0)");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver());
        for (int i = 0; i < 80 && !id.equals(browser.script("return document.activeElement.id")); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertEquals(id, browser.script("return document.activeElement.id"), "Tab never reached " + id);
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    }

    /** Tab alone, from the top of the page, reaches every one of {@code ids}, in this order. */
    private static void assertKeyboardReaches(Browser browser, List<String> ids) {
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> focused = new java.util.ArrayList<>();
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver());
        for (int i = 0; i < 80 && !focused.contains("send"); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            String id = (String) browser.script("return document.activeElement.id || document.activeElement.tagName");
            if (focused.isEmpty() || !focused.get(focused.size() - 1).equals(id)) {
                focused.add(id);
            }
        }
        assertEquals(ids, focused.stream().filter(ids::contains).toList(), "focus went through " + focused);
    }

    private static void fill(Browser browser, Map<String, String> fields) {
        fields.forEach((id, value) -> browser.driver().findElement(By.id(id)).sendKeys(value));
    }

    private static void assertAccessible(Browser browser, String page) {
        assertEquals(List.of(), browser.accessibilityViolations(), "axe-core on the " + page);
    }

    /** The page at desktop width and at a phone's (375 px), where it must not scroll sideways. */
    private static void pictures(Browser browser, String name) {
        browser.screenshot(name + "-desktop");
        browser.resize(375, 812);
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth");
        browser.screenshot(name + "-phone");
        browser.resize(1400, 2000);
        assertEquals(Boolean.FALSE, overflow, name + " fits a 375 px screen");
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    private static int casesOfAcme() {
        return SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).queryParam("size", 100).get("/complaints").then()
                .statusCode(200).extract().<Integer>path("total");
    }

    private static void staff(String id, String command, Map<String, ?> body) {
        SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).contentType(ContentType.JSON).body(body)
                .post("/complaints/{id}/" + command, id).then().statusCode(200);
    }
}
