package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality team's dashboard in a real browser against the running system: complaints and CARs
 * with known causes are filed through the API, alice logs in on Keycloak's own page, and the
 * Pareto bars and the KPI tiles show what the analytics API answers, in English, Greek and
 * Serbian; a bar opens its cases, a table exports as the API's CSV, and a customer's user is
 * refused. Screenshots are kept in {@code target/screenshots}.
 */
@ExtendWith(RunningSystem.class)
class DashboardIT {

    private static final String CUSTOMER = "DASH-" + System.nanoTime();
    private static final List<String> MACHINE_CASES = new ArrayList<>();

    @BeforeAll
    static void casesWithKnownCauses() {
        for (int i = 0; i < 3; i++) {
            String id = file("PCBA-4711");
            EightDSteps.toRootCause(id, "MACHINE", "MEASUREMENT");
            MACHINE_CASES.add(id);
        }
        EightDSteps.toRootCause(file("PCBA-4712"), "METHOD", "MEASUREMENT");
        file("PCBA-4712"); // no CAR yet: unclassified
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> analytics("/analytics/pareto", Map.of("by", "occurrence-cause"))
                .then().statusCode(200)
                .body("items.key", contains("MACHINE", "METHOD"))
                .body("items.complaints", contains(3, 1))
                .body("unclassified", equalTo(1)));
    }

    @Test
    void aliceLogsInThroughKeycloakAndSeesTheParetoAndTheKpisTheApiGives() {
        JsonPath causes = analytics("/analytics/pareto", Map.of("by", "occurrence-cause")).jsonPath();
        JsonPath parts = analytics("/analytics/pareto", Map.of("by", "part")).jsonPath();
        JsonPath kpis = analytics("/analytics/kpis", Map.of()).jsonPath();
        try (Browser browser = Browser.open("en")) {
            browser.go(dashboard("en"));
            browser.logInOnKeycloak(SystemUsers.ALICE, "demo");
            assertEquals(3, browser.awaitCharts(), "two Paretos and the trends are drawn");
            assertTrue(browser.driver().getCurrentUrl().startsWith(RunningSystem.url(Service.COMPLAINT) + "/dashboard"),
                    "back on the dashboard after the login: " + browser.driver().getCurrentUrl());

            assertBarsShow(browser, "pareto-causes", causes);
            assertBarsShow(browser, "pareto-parts", parts);
            assertEquals(List.of("Machine", "Method"), browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('pareto-causes')).getOption().xAxis[0].data"));
            assertEquals(List.of(75.0, 100.0), numbers(browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('pareto-causes')).getOption().series[1].data")),
                    "the cumulative line in percent");

            Locale english = Locale.ENGLISH;
            assertTile(browser, "complaints", String.valueOf(kpis.getLong("complaints")));
            assertTile(browser, "recurrence-rate", percent(kpis.getDouble("recurrenceRate.share"), english));
            assertTile(browser, "reopen-rate", percent(kpis.getDouble("reopenRate.share"), english));
            assertEquals(String.valueOf(kpis.getDouble("recurrenceRate.share")), tile(browser, "recurrence-rate").getDomAttribute("data-value"));
            browser.screenshot("dashboard-en");

            // the CSV behind the Pareto's export link is the API's
            String href = browser.driver().findElement(By.cssSelector("#pareto-causes-title .export")).getDomProperty("href");
            // (the browser's script bridge hands text back with plain line ends: compared line by line)
            @SuppressWarnings("unchecked")
            Map<String, String> download = (Map<String, String>) browser.script("return fetch(arguments[0]).then(answer => answer.text()"
                    + ".then(text => ({type: answer.headers.get('content-type'), file: answer.headers.get('content-disposition'), text: text})))",
                    href);
            assertTrue(download.get("type").startsWith("text/csv"), download.get("type"));
            assertTrue(download.get("file").contains("pareto-occurrence-cause-"), download.get("file"));
            assertEquals(SystemUsers.as(SystemUsers.ALICE, Service.COMPLAINT).accept("text/csv")
                    .queryParam("by", "occurrence-cause").queryParam("customerId", CUSTOMER).get("/analytics/pareto")
                    .then().statusCode(200).extract().asString().lines().toList(), download.get("text").lines().toList());

            // clicking the first bar opens the list of its cases
            clickBar(browser, "pareto-causes", 0, causes.getLong("items[0].complaints"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
            assertEquals("3", browser.driver().findElement(By.id("cases-total")).getDomAttribute("data-total"));
            List<String> listed = browser.driver().findElements(By.cssSelector("#cases tbody tr")).stream()
                    .map(row -> row.getDomAttribute("data-id")).sorted().toList();
            assertEquals(MACHINE_CASES.stream().sorted().toList(), listed);
            browser.screenshot("dashboard-cases-en");
        }
    }

    @Test
    void theDashboardSpeaksGreekAndSerbianWithTheSameFigures() {
        JsonPath causes = analytics("/analytics/pareto", Map.of("by", "occurrence-cause")).jsonPath();
        JsonPath kpis = analytics("/analytics/kpis", Map.of()).jsonPath();
        try (Browser browser = Browser.open("el")) {
            // the browser's preferred language chooses Greek; the language links switch to Serbian
            browser.go(RunningSystem.url(Service.COMPLAINT) + "/dashboard?customerId=" + CUSTOMER);
            assertEquals("el", browser.script("return document.documentElement.lang"), "Keycloak's own page speaks Greek too");
            browser.logInOnKeycloak(SystemUsers.QUINN, "demo");
            browser.awaitCharts();
            assertEquals("el", browser.script("return document.documentElement.lang"));
            assertEquals("Πίνακας παραπόνων", browser.driver().findElement(By.cssSelector("header h1")).getText());
            assertEquals(List.of("Μηχανή", "Μέθοδος"), browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('pareto-causes')).getOption().xAxis[0].data"));
            assertBarsShow(browser, "pareto-causes", causes);
            assertTile(browser, "recurrence-rate", percent(kpis.getDouble("recurrenceRate.share"), Locale.forLanguageTag("el")));
            browser.screenshot("dashboard-el");

            browser.driver().findElement(By.cssSelector("header nav a[hreflang=sr]")).click();
            browser.awaitCharts();
            assertEquals("sr", browser.script("return document.documentElement.lang"));
            assertEquals("Преглед рекламација", browser.driver().findElement(By.cssSelector("header h1")).getText());
            assertEquals(List.of("Машина", "Метода"), browser.script(
                    "return echarts.getInstanceByDom(document.getElementById('pareto-causes')).getOption().xAxis[0].data"));
            assertBarsShow(browser, "pareto-causes", causes);
            assertTile(browser, "complaints", String.valueOf(kpis.getLong("complaints")));
            browser.screenshot("dashboard-sr");
        }
    }

    @Test
    void aCustomersUserWhoLogsInIsRefusedTheDashboard() {
        try (Browser browser = Browser.open("en")) {
            browser.go(dashboard("en"));
            browser.logInOnKeycloak(SystemUsers.CARLA, "demo");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("needs one of the roles"));
            assertTrue(browser.driver().findElements(By.cssSelector("[data-pareto]")).isEmpty(), "no figures for a customer");
        }
    }

    /** The bars drawn are the API's items: the same keys in the same order with the same counts. */
    private static void assertBarsShow(Browser browser, String chart, JsonPath api) {
        assertEquals(api.getList("items.key"), browser.script(
                "return JSON.parse(document.getElementById(arguments[0]).getAttribute('data-pareto')).keys", chart));
        assertEquals(api.<Number>getList("items.complaints").stream().map(Number::longValue).toList(), numbers(browser.script(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series[0].data", chart))
                .stream().map(Double::longValue).toList(), chart + "'s bars");
    }

    private static void assertTile(Browser browser, String kpi, String shown) {
        assertEquals(shown, tile(browser, kpi).findElement(By.className("value")).getText(), kpi);
    }

    private static WebElement tile(Browser browser, String kpi) {
        return browser.driver().findElement(By.cssSelector("[data-kpi='" + kpi + "']"));
    }

    /** A real click in the middle of a bar, where ECharts says it is drawn. */
    @SuppressWarnings("unchecked")
    private static void clickBar(Browser browser, String chart, int index, long height) {
        WebElement element = browser.driver().findElement(By.id(chart));
        List<Number> pixel = (List<Number>) browser.script("return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [arguments[1], arguments[2]])", chart, index, height / 2.0);
        int x = (int) Math.round(pixel.get(0).doubleValue() - element.getRect().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - element.getRect().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(element, x, y).click().perform();
    }

    private static List<Double> numbers(Object values) {
        return ((List<?>) values).stream().map(value -> ((Number) value).doubleValue()).toList();
    }

    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private static String dashboard(String language) {
        return RunningSystem.url(Service.COMPLAINT) + "/dashboard?customerId=" + CUSTOMER + "&lang=" + language;
    }

    private static io.restassured.response.Response analytics(String path, Map<String, String> parameters) {
        return SystemUsers.as(SystemUsers.ALICE, Service.COMPLAINT).queryParam("customerId", CUSTOMER)
                .queryParams(parameters).get(path);
    }

    private static String file(String part) {
        Map<String, Object> form = new java.util.HashMap<>(Complaints.form(CUSTOMER, "en"));
        form.put("product", Map.of("partNumber", part, "name", "Controller board"));
        return SystemUsers.asCrm(Service.COMPLAINT).contentType(io.restassured.http.ContentType.JSON).body(form)
                .post("/complaints").then().statusCode(201).extract().path("id");
    }
}
