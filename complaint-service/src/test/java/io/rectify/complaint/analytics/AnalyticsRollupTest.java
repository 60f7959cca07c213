package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The daily sums answer every question over all cases (or one severity) exactly as the cases
 * themselves do: before they are folded, after, after cases change and after a rebuild.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class AnalyticsRollupTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final AnalyticsService.Period QUARTER = new AnalyticsService.Period(TODAY.minusDays(89), TODAY);

    @Inject
    AnalyticsRollup rollup;

    @Test
    void theSumsGiveWhatTheCasesGiveForEveryParetoAndTheTrendsBeforeAndAfterTheyAreFolded() throws Throwable {
        String customer = "SUMS-" + System.nanoTime();
        file(customer, "S-A", "LOT-1", "CRITICAL", 7);
        file(customer, "S-A", "LOT-1", "MAJOR", 3); // repeats the first
        String rejected = file(customer, "S-B", "LOT-2", "MINOR", 1);
        asQualityManager().contentType(ContentType.JSON).body(Map.of("reason", "not our part"))
                .post("/complaints/{id}/rejection", rejected).then().statusCode(200);

        assertSumsAgreeWithCases("contributions not folded yet");
        run(rollup::fold);
        assertSumsAgreeWithCases("folded");
        assertEquals(0L, this.<Long>run(() -> scalar("select count(*) from complaint_analytics_rollup where complaints = 0 and quantity = 0")),
                "a sum that reaches zero is removed");

        // a change to a case already summed: its part moves from one sum to another
        String moved = file(customer, "S-C", "LOT-3", "MAJOR", 2);
        run(rollup::fold);
        asQualityManager().contentType(ContentType.JSON).body(Map.of("reason", "duplicate"))
                .post("/complaints/{id}/rejection", moved).then().statusCode(200);
        assertSumsAgreeWithCases("a folded case rejected");

        // a rebuild forgets and restores every row: the sums follow
        asAdmin().post("/admin/projections/{name}/rebuild", ComplaintAnalyticsProjection.NAME).then().statusCode(202);
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> asAdmin()
                .get("/admin/projections/{name}/rebuild", ComplaintAnalyticsProjection.NAME).then().body("state", equalTo("DONE")));
        assertSumsAgreeWithCases("rebuilt");
        run(rollup::fold);
        assertSumsAgreeWithCases("rebuilt and folded");
    }

    private void assertSumsAgreeWithCases(String when) throws Throwable {
        for (String severity : Arrays.asList(null, "CRITICAL", "MAJOR", "MINOR")) {
            AnalyticsQueries.Filter filter = new AnalyticsQueries.Filter(null, null, severity);
            for (ParetoDimension dimension : ParetoDimension.values()) {
                assertEquals(sorted(run(() -> AnalyticsQueries.paretoOfCases(dimension, QUARTER, filter))),
                        sorted(run(() -> AnalyticsQueries.paretoOfSums(dimension, QUARTER, filter))),
                        when + ": Pareto by " + dimension + ", severity " + severity);
            }
            for (boolean weeks : List.of(true, false)) {
                List<AnalyticsService.Period> periods = AnalyticsService.split(QUARTER, weeks);
                assertEquals(table(run(() -> AnalyticsQueries.trendsOfCases(periods, filter))),
                        table(run(() -> AnalyticsQueries.trendsOfSums(periods, filter))),
                        when + ": trends by " + (weeks ? "week" : "month") + ", severity " + severity);
            }
        }
    }

    private static List<Pareto.Group> sorted(List<Pareto.Group> groups) {
        return groups.stream().sorted(Comparator.comparing(g -> String.valueOf(g.key()))).toList();
    }

    private static List<List<Long>> table(List<long[]> rows) {
        return rows.stream().map(row -> Arrays.stream(row).boxed().toList()).toList();
    }

    private static Uni<Long> scalar(String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Long.class).getSingleResult());
    }

    private <T> T run(Supplier<Uni<T>> query) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(query::get));
    }

    private static String file(String customer, String part, String lot, String severity, int quantity) {
        Map<String, Object> form = new HashMap<>(ComplaintForms.valid(customer, part, lot));
        form.put("severity", severity);
        form.put("quantityAffected", quantity);
        return asQualityManager().contentType(ContentType.JSON).body(form).post("/complaints").then().statusCode(201)
                .extract().path("id");
    }
}
