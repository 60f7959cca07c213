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

    @Test
    void theKpisFromTheSumsAreThoseFromTheCasesMediansAndP90sIncluded() throws Throwable {
        String customer = "KPI-SUMS-" + System.nanoTime();
        String credited = file(customer, "K-A", "LOT-K", "MAJOR", 2);
        asQualityManager().contentType(ContentType.JSON).body(Map.of()).post("/complaints/{id}/acknowledgement", credited)
                .then().statusCode(200);
        asQualityManager().contentType(ContentType.JSON)
                .body(Map.of("type", "CREDIT", "credit", Map.of("amount", 1250.50, "currency", "EUR")))
                .post("/complaints/{id}/remedy", credited).then().statusCode(200);
        io.rectify.testing.Users.asCustomer(customer).contentType(ContentType.JSON).body(Map.of())
                .post("/complaints/{id}/remedy/acceptance", credited).then().statusCode(200);
        String rejected = file(customer, "K-B", "LOT-K", "MINOR", 1);
        asQualityManager().contentType(ContentType.JSON).body(Map.of("reason", "not our part"))
                .post("/complaints/{id}/rejection", rejected).then().statusCode(200);
        // cases whose times spread, so that medians and p90s fall between values: written as the read model
        // holds them (the triggers under test see them as they see the projection's rows)
        run(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into complaint_analytics (id, reference, customer_id, part_number, lot_number, severity, channel,
                       phase, quantity_affected, status, received_at, closed_at, rejected_at, repeat, missed_deadlines,
                       acknowledged_at, contained_at, responded_at, acknowledgement_due, containment_due, response_due,
                       closure_due, reopenings, first_verification, remedy_type, remedy_quantity, credit_amount,
                       credit_currency, disputes_opened, disputes_settled, disputes_mediated, disputes_withdrawn,
                       days_to_settle, survey_sent, rating, version)
                select gen_random_uuid(), ?1 || g, ?1, 'K-T', 'LOT-T', (array['CRITICAL','MAJOR','MINOR'])[1 + g % 3],
                       'API', null, g, 'CLOSED', now() - make_interval(days => g), now() - make_interval(days => g) + make_interval(mins => 900 * g),
                       null, g % 4 = 0, g % 2, now() - make_interval(days => g) + make_interval(mins => 37 * g * g),
                       null, now() - make_interval(days => g) + make_interval(mins => 300 + 11 * g),
                       now() - make_interval(days => g) + make_interval(hours => 24),
                       now() - make_interval(days => g) + make_interval(hours => 24),
                       now() - make_interval(days => g) + make_interval(hours => 100),
                       now() - make_interval(days => g) + make_interval(hours => 200),
                       g % 3, (array['EFFECTIVE','NOT_EFFECTIVE'])[1 + g % 2], 'RETURN', 5 * g, null, null,
                       1, g % 2, 0, 1 - g % 2, case when g % 2 = 1 then jsonb_build_array(round(g * 1.37, 4)) else '[]'::jsonb end,
                       true, case when g % 5 = 0 then null else 1 + g % 5 end, 1
                  from generate_series(1, 11) g""").setParameter(1, customer).executeUpdate())));

        for (boolean folded : List.of(false, true)) {
            if (folded) {
                run(rollup::fold);
            }
            for (String severity : Arrays.asList(null, "CRITICAL", "MAJOR", "MINOR")) {
                AnalyticsQueries.Filter filter = new AnalyticsQueries.Filter(null, null, severity);
                java.time.Instant now = java.time.Instant.now();
                AnalyticsQueries.KpiRows cases = run(() -> AnalyticsQueries.kpisOfCases(QUARTER, filter, now));
                AnalyticsQueries.KpiRows sums = run(() -> AnalyticsQueries.kpisOfSums(QUARTER, filter, now));
                assertEquals(AnalyticsService.kpisOf(QUARTER, cases.figures(), cases.mix(), cases.credits()),
                        AnalyticsService.kpisOf(QUARTER, sums.figures(), sums.mix(), sums.credits()),
                        (folded ? "folded" : "not folded yet") + ", severity " + severity);
            }
        }
        run(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("delete from complaint_analytics where customer_id = ?1 and part_number = 'K-T'")
                .setParameter(1, customer).executeUpdate())));
        assertSumsAgreeWithCases("rows deleted");
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
