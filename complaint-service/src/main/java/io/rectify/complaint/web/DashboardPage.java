package io.rectify.complaint.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.rectify.complaint.analytics.AnalyticsService;
import io.rectify.complaint.analytics.CsvTable;
import io.rectify.complaint.analytics.CsvWriter;
import io.rectify.complaint.analytics.Kpis;
import io.rectify.complaint.analytics.Pareto;
import io.rectify.complaint.analytics.ParetoCases;
import io.rectify.complaint.analytics.ParetoDimension;
import io.rectify.complaint.analytics.Trends;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quality team's dashboard: key figures, the Pareto of causes and of parts with their
 * cumulative share, and the trends of a period, drawn by Apache ECharts from the figures the
 * analytics API gives; each bar links to its cases, each table exports as CSV. The pages log in
 * through Keycloak's own page (the {@code web} OIDC tenant: code flow, session cookie), and are
 * not part of the API, so they stay out of the OpenAPI document.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    /** Only scripts and styles of this service, no inline script: the charts' data travels in data attributes. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final AnalyticsService analytics;
    private final ObjectMapper json;
    private final Map<Language, DashboardMessages> messages;

    public DashboardPage(AnalyticsService analytics, ObjectMapper json, DashboardMessages english,
                         @Localized("el") DashboardMessages greek, @Localized("sr") DashboardMessages serbian) {
        this.analytics = analytics;
        this.json = json;
        this.messages = Map.of(Language.EN, english, Language.EL, greek, Language.SR, serbian);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page, List<Tile> tiles, List<Chart> paretos, String trends,
                                             List<Trends.Point> points, String error);

        static native TemplateInstance cases(Page page, ParetoCases cases, String dimensionName, String keyName,
                                             String exportLink, String error);
    }

    /** What every dashboard page shows around its content: words, language links, the filter form. */
    public record Page(DashboardMessages msg, String lang, String title, String period, DashboardQuery query,
                       List<Pages.LanguageLink> languages, List<String> severities, String echarts) {
    }

    /** A key figure: its name, its value as the user reads it, what it is of, and the value as a number for scripts. */
    public record Tile(String id, String label, String value, String detail, String raw) {
    }

    /** A Pareto: its table rows and the chart's data as JSON for the data attribute. */
    public record Chart(String id, String title, String dimension, Pareto pareto, List<Row> rows, String data, String exportLink,
                        String unclassified, String more) {
    }

    /** The bars a chart draws: the vital few are among them, and the CSV holds every key. */
    static final int MOST_BARS = 20;

    /** One bar of a Pareto, as the table beside the chart lists it. */
    public record Row(String key, String name, long complaints, long quantityAffected, String share, String cumulativeShare,
                      String casesLink) {
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> dashboard(@BeanParam DashboardQuery query) {
        Language language = PageLanguage.choose(query.lang, query.acceptLanguage);
        DashboardMessages msg = messages.get(language);
        Locale locale = PageLanguage.locale(language);
        ParetoDimension causes = query.escapeCauses() ? ParetoDimension.ESCAPE_CAUSE : ParetoDimension.OCCURRENCE_CAUSE;
        AnalyticsService.Filters filters = query.filters();
        return analytics.kpis(query.from, query.to, filters)
                .chain(kpis -> analytics.pareto(causes.apiName(), query.from, query.to, filters)
                        .chain(byCause -> analytics.pareto(ParetoDimension.PART.apiName(), query.from, query.to, filters)
                                .chain(byPart -> analytics.trends(query.interval(), query.from, query.to, filters)
                                        .map(trends -> {
                                            Page page = page(msg, language, query, kpis.from(), kpis.to());
                                            List<Chart> charts = List.of(
                                                    chart("pareto-causes", query.escapeCauses() ? msg.paretoEscape()
                                                            : msg.paretoOccurrence(), byCause, msg, locale, query, language),
                                                    chart("pareto-parts", msg.paretoParts(), byPart, msg, locale, query, language));
                                            return html(200, Templates.index(page, tiles(kpis, msg, locale), charts,
                                                    trendData(trends, msg), trends.points(), null));
                                        }))))
                .onFailure(InvalidCommandException.class)
                .recoverWithItem(e -> html(400, Templates.index(page(msg, language, query, null, null), List.of(), List.of(),
                        null, List.of(), invalid(msg, (InvalidCommandException) e))));
    }

    @GET
    @Path("/cases")
    @Operation(hidden = true)
    public Uni<Response> cases(@BeanParam DashboardQuery query, @QueryParam("by") String by, @QueryParam("key") String key) {
        Language language = PageLanguage.choose(query.lang, query.acceptLanguage);
        DashboardMessages msg = messages.get(language);
        return analytics.cases(by, key, query.from, query.to, query.filters())
                .map(cases -> html(200, Templates.cases(page(msg, language, query, cases.from(), cases.to()), cases,
                        dimensionName(msg, ParetoDimension.named(by)), keyName(msg, ParetoDimension.named(by), key),
                        query.link("/dashboard/export/cases", null, "by", by, "key", key), null)))
                .onFailure(InvalidCommandException.class)
                .recoverWithItem(e -> html(400, Templates.cases(page(msg, language, query, null, null), null, "", "", null,
                        invalid(msg, (InvalidCommandException) e))));
    }

    /** A table of the dashboard as the CSV the analytics API gives: {@code pareto} (with {@code by}), {@code trends}, {@code kpis}, {@code cases}. */
    @GET
    @Path("/export/{table}")
    @Produces(CsvWriter.TEXT_CSV)
    @Operation(hidden = true)
    public Uni<Response> export(@PathParam("table") String table, @BeanParam DashboardQuery query, @QueryParam("by") String by,
                                @QueryParam("key") String key) {
        AnalyticsService.Filters filters = query.filters();
        Uni<? extends CsvTable> answer = switch (table) {
            case "pareto" -> analytics.pareto(by, query.from, query.to, filters);
            case "trends" -> analytics.trends(query.interval(), query.from, query.to, filters);
            case "kpis" -> analytics.kpis(query.from, query.to, filters);
            case "cases" -> analytics.cases(by, key, query.from, query.to, filters);
            default -> Uni.createFrom().failure(InvalidCommandException.of("table", "one of pareto, trends, kpis, cases"));
        };
        return answer.map(csv -> CsvWriter.download(csv,
                table + (by == null ? "" : "-" + ParetoDimension.named(by).apiName()) + "-" + periodOf(csv)));
    }

    private static String periodOf(CsvTable table) {
        return switch (table) {
            case Pareto p -> p.from() + "-" + p.to();
            case Trends t -> t.from() + "-" + t.to();
            case Kpis k -> k.from() + "-" + k.to();
            case ParetoCases c -> c.from() + "-" + c.to();
            default -> "table";
        };
    }

    private Page page(DashboardMessages msg, Language language, DashboardQuery query, LocalDate from, LocalDate to) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(PageLanguage.locale(language));
        List<Pages.LanguageLink> languages = Pages.languageLinks(query::pageLink);
        return new Page(msg, language.code(), msg.title(), from == null ? "" : msg.period(dates.format(from), dates.format(to)),
                query, languages, Arrays.stream(Severity.values()).map(Severity::name).toList(), Echarts.SCRIPT);
    }

    private static List<Tile> tiles(Kpis kpis, DashboardMessages msg, Locale locale) {
        Map<String, Kpis.MilestoneTimes> milestones = kpis.milestones().stream()
                .collect(Collectors.toMap(Kpis.MilestoneTimes::milestone, m -> m));
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("complaints", msg.tileComplaints(), integer(kpis.complaints(), locale), "", Long.toString(kpis.complaints())));
        tiles.add(hours("acknowledgement", msg.tileAcknowledge(), milestones.get("ACKNOWLEDGEMENT"), msg, locale));
        tiles.add(hours("containment", msg.tileContain(), milestones.get("CONTAINMENT"), msg, locale));
        tiles.add(hours("response", msg.tileRespond(), milestones.get("RESPONSE"), msg, locale));
        tiles.add(hours("closure", msg.tileClose(), milestones.get("CLOSURE"), msg, locale));
        tiles.add(onTime("response-on-time", msg.tileResponseOnTime(), milestones.get("RESPONSE"), msg, locale));
        tiles.add(onTime("closure-on-time", msg.tileClosureOnTime(), milestones.get("CLOSURE"), msg, locale));
        tiles.add(rate("car-first-time-effectiveness", msg.tileFirstTimeEffective(), kpis.carFirstTimeEffectiveness(), msg, locale));
        tiles.add(rate("reopen-rate", msg.tileReopened(), kpis.reopenRate(), msg, locale));
        tiles.add(rate("recurrence-rate", msg.tileRecurrence(), kpis.recurrenceRate(), msg, locale));
        tiles.add(new Tile("disputes-opened", msg.tileDisputes(), integer(kpis.disputes().opened(), locale), "",
                Long.toString(kpis.disputes().opened())));
        Kpis.Satisfaction satisfaction = kpis.satisfaction();
        tiles.add(new Tile("mean-rating", msg.tileSatisfaction(),
                satisfaction.meanRating() == null ? msg.noData() : decimal(satisfaction.meanRating(), locale),
                msg.countOf(satisfaction.answered(), satisfaction.surveysSent()),
                satisfaction.meanRating() == null ? "" : satisfaction.meanRating().toString()));
        String credits = kpis.remedies().credits().stream()
                .map(c -> c.currency() + " " + decimal(c.amount().doubleValue(), locale)).collect(Collectors.joining(", "));
        tiles.add(new Tile("credits", msg.tileCredits(), credits.isEmpty() ? "–" : credits, "",
                kpis.remedies().credits().stream().map(c -> c.currency() + "=" + c.amount().toPlainString())
                        .collect(Collectors.joining(","))));
        return tiles;
    }

    private static Tile hours(String id, String label, Kpis.MilestoneTimes times, DashboardMessages msg, Locale locale) {
        return times.medianHours() == null
                ? new Tile(id, label, msg.noData(), "", "")
                : new Tile(id, label, msg.hours(decimal(times.medianHours(), locale)), "p90 " + msg.hours(decimal(times.p90Hours(), locale)),
                times.medianHours().toString());
    }

    private static Tile onTime(String id, String label, Kpis.MilestoneTimes times, DashboardMessages msg, Locale locale) {
        return times.due() == 0 ? new Tile(id, label, msg.noData(), "", "")
                : new Tile(id, label, percent(times.onTimeShare(), locale), msg.countOf(times.onTime(), times.due()),
                Double.toString(times.onTimeShare()));
    }

    private static Tile rate(String id, String label, Kpis.Rate rate, DashboardMessages msg, Locale locale) {
        return rate.of() == 0 ? new Tile(id, label, msg.noData(), "", "")
                : new Tile(id, label, percent(rate.share(), locale), msg.countOf(rate.count(), rate.of()), Double.toString(rate.share()));
    }

    private Chart chart(String id, String title, Pareto pareto, DashboardMessages msg, Locale locale, DashboardQuery query,
                        Language language) {
        ParetoDimension dimension = ParetoDimension.named(pareto.dimension());
        List<Pareto.Item> shown = pareto.items().subList(0, Math.min(MOST_BARS, pareto.items().size()));
        List<Row> rows = shown.stream().map(item -> new Row(item.key(), keyName(msg, dimension, item.key()),
                item.complaints(), item.quantityAffected(), percent(item.share(), locale), percent(item.cumulativeShare(), locale),
                query.link("/dashboard/cases", language.code(), "by", dimension.apiName(), "key", item.key()))).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("keys", rows.stream().map(Row::key).toList());
        data.put("names", rows.stream().map(Row::name).toList());
        data.put("complaints", rows.stream().map(Row::complaints).toList());
        // percent with one decimal, as the axis shows it
        data.put("cumulative", shown.stream().map(i -> Math.round(i.cumulativeShare() * 1000) / 10.0).toList());
        data.put("links", rows.stream().map(Row::casesLink).toList());
        data.put("complaintsLabel", msg.complaints());
        data.put("cumulativeLabel", msg.cumulativeShare());
        int hidden = pareto.items().size() - shown.size();
        return new Chart(id, title, dimension.apiName(), pareto, rows, write(data),
                query.link("/dashboard/export/pareto", null, "by", dimension.apiName()),
                pareto.unclassified() == 0 ? null : msg.unclassified(pareto.unclassified()),
                hidden == 0 ? null : msg.moreItems(hidden));
    }

    private String trendData(Trends trends, DashboardMessages msg) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periods", trends.points().stream().map(p -> p.from().toString()).toList());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(msg.received(), trends.points().stream().map(Trends.Point::received).toList());
        series.put(msg.closed(), trends.points().stream().map(Trends.Point::closed).toList());
        series.put(msg.open(), trends.points().stream().map(Trends.Point::open).toList());
        series.put(msg.repeats(), trends.points().stream().map(Trends.Point::repeats).toList());
        series.put(msg.missedDeadlines(), trends.points().stream().map(Trends.Point::missedDeadlines).toList());
        data.put("series", series);
        return write(data);
    }

    static String dimensionName(DashboardMessages msg, ParetoDimension dimension) {
        return switch (dimension) {
            case OCCURRENCE_CAUSE -> msg.occurrenceCause();
            case ESCAPE_CAUSE -> msg.escapeCause();
            case PART -> msg.partNumber();
            case CUSTOMER -> msg.customer();
            case LOT -> msg.lot();
            case PHASE -> msg.phase();
            case SEVERITY -> msg.severity();
            case CHANNEL -> msg.channel();
        };
    }

    static String keyName(DashboardMessages msg, ParetoDimension dimension, String key) {
        return dimension == ParetoDimension.OCCURRENCE_CAUSE || dimension == ParetoDimension.ESCAPE_CAUSE ? msg.category(key) : key;
    }

    private static String invalid(DashboardMessages msg, InvalidCommandException e) {
        return msg.invalid(e.errors().stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data could not be written", e);
        }
    }

    private static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private static Response html(int status, TemplateInstance page) {
        return Pages.html(status, page, CONTENT_SECURITY_POLICY);
    }
}
