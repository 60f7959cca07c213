package io.rectify.complaint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.rectify.testing.Users.asCustomer;
import static io.rectify.testing.Users.asIntegrator;
import static io.rectify.testing.Users.asQualityEngineer;
import static io.rectify.testing.Users.asQualityManager;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's pages as a browser receives them (here with the tests' bearer tokens; the
 * system tests log in through Keycloak's page): the figures they carry are those of the analytics
 * API, in the user's language, and only the quality team may open them.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class DashboardPageTest {

    @Inject
    ObjectMapper json;

    @Test
    void theDashboardCarriesTheKpisAndTheParetoOfPartsTheApiGivesWithALinkFromEachBarToItsCases() throws Exception {
        String customer = "DASH-" + System.nanoTime();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(file(customer, "P-A", 4));
        }
        file(customer, "P-B", 1);

        Response page = asQualityEngineer().queryParam("customerId", customer).queryParam("lang", "en").get("/dashboard");
        page.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Complaints dashboard"));
        String html = page.asString();
        assertEquals("4", attribute(html, "data-kpi=\"complaints\" data-value=\"([^\"]*)\""));

        JsonNode api = json.readTree(asQualityEngineer().queryParam("by", "part").queryParam("customerId", customer)
                .get("/analytics/pareto").then().statusCode(200).extract().asString());
        JsonNode bars = json.readTree(unescape(attribute(html, "id=\"pareto-parts\" data-pareto=\"([^\"]*)\"")));
        assertEquals(List.of("P-A", "P-B"), strings(bars.get("keys")));
        assertEquals(List.of(api.at("/items/0/complaints").asLong(), api.at("/items/1/complaints").asLong()), longs(bars.get("complaints")));
        assertEquals(List.of(75.0, 100.0), doubles(bars.get("cumulative")), "the cumulative line in percent");

        // the first bar's link lists exactly its three cases
        String link = unescape(bars.get("links").get(0).asText());
        assertTrue(link.startsWith("/dashboard/cases?"), link);
        String cases = asQualityEngineer().urlEncodingEnabled(false).get(link).then().statusCode(200).extract().asString();
        assertEquals("3", attribute(cases, "id=\"cases-total\" data-total=\"([^\"]*)\""));
        for (String reference : references) {
            assertTrue(cases.contains(">" + reference + "<"), reference + " is listed");
        }

        // the table exports as the API's CSV
        String csv = asQualityEngineer().queryParam("by", "part").queryParam("customerId", customer)
                .get("/dashboard/export/pareto").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("pareto-part-")).extract().asString();
        assertEquals(asIntegrator().accept("text/csv").queryParam("by", "part").queryParam("customerId", customer)
                .get("/analytics/pareto").then().statusCode(200).extract().asString(), csv);
    }

    @Test
    void theDashboardSpeaksGreekAndSerbianChosenByTheLinkOrByTheBrowser() {
        asQualityEngineer().queryParam("lang", "el").get("/dashboard").then().statusCode(200)
                .body(containsString("<html lang=\"el\">")).body(containsString("Πίνακας παραπόνων"));
        asQualityEngineer().header("Accept-Language", "sr-RS,sr;q=0.9,en;q=0.5").get("/dashboard").then().statusCode(200)
                .body(containsString("<html lang=\"sr\">")).body(containsString("Преглед рекламација"));
        asQualityEngineer().header("Accept-Language", "de-DE").get("/dashboard").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void aWrongFilterIsShownOnThePageNamingTheFieldAndCustomersAndIntegratorsMayNotOpenIt() {
        asQualityManager().queryParam("from", "yesterday").get("/dashboard").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("from: not a date"));
        asQualityManager().queryParam("by", "part").get("/dashboard/cases").then().statusCode(400)
                .body(containsString("key: required"));
        asCustomer("ACME").get("/dashboard").then().statusCode(403);
        asIntegrator().get("/dashboard").then().statusCode(403);
        given().get("/dashboard").then().statusCode(401);
    }

    @Test
    void theChartLibraryIsServedFromItsWebjar() {
        given().get(Echarts.SCRIPT).then().statusCode(200).body(containsString("echarts"));
        given().get("/assets/dashboard.js").then().statusCode(200).body(containsString("echarts.init"));
    }

    private static String file(String customer, String part, int quantity) {
        Map<String, Object> form = new java.util.HashMap<>(ComplaintForms.valid(customer, part, "LOT-" + part));
        form.put("quantityAffected", quantity);
        return asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints").then().statusCode(201)
                .extract().path("reference");
    }

    private static String attribute(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertTrue(matcher.find(), "the page has " + regex);
        return matcher.group(1);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }
}
