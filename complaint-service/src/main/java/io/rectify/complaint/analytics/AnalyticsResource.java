package io.rectify.complaint.analytics;

import io.rectify.eventsourcing.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The quality team's analyses over all cases (ISO 10002: classify, analyse, report to management review). */
@Path("/analytics")
@Tag(name = "Analytics", description = "Pareto, trends and KPIs over complaints and their CARs; JSON or CSV")
public class AnalyticsResource {

    private final AnalyticsService analytics;

    public AnalyticsResource(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GET
    @Path("/pareto")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Operation(summary = "A Pareto of the complaints received in a period",
            description = "Groups the complaints received from `from` to `to` (whole UTC days, both included; by default "
                    + "the last 90 days) by one dimension, largest first, with each key's share and the cumulative share. "
                    + "Complaints with no value for the dimension yet (e.g. no root cause determined) are counted as "
                    + "`unclassified`, not as an item. `Accept: text/csv` gives the items as CSV.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pareto.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors name each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> pareto(
            @Parameter(description = "occurrence-cause, escape-cause, part, customer, lot, phase, severity or channel",
                    required = true) @QueryParam("by") String by,
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)") @QueryParam("to") String to,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @Parameter(description = "CRITICAL, MAJOR or MINOR") @QueryParam("severity") String severity,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return analytics.pareto(by, from, to, new AnalyticsService.Filters(customerId, partNumber, severity))
                .map(pareto -> respond(pareto, accept, "pareto-" + pareto.dimension() + "-" + pareto.from() + "-" + pareto.to()));
    }

    @GET
    @Path("/pareto/cases")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Operation(summary = "The complaints behind one item of a Pareto",
            description = "The cases received from `from` to `to` (as for the Pareto) whose value for the dimension `by` is "
                    + "`key`, newest first, at most " + ParetoCases.MOST + "; `total` counts them all. The same filters as "
                    + "the Pareto. `Accept: text/csv` gives the cases as CSV.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParetoCases.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors name each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> paretoCases(
            @Parameter(description = "the Pareto's dimension, as for GET /analytics/pareto", required = true) @QueryParam("by") String by,
            @Parameter(description = "the item's key, e.g. MACHINE or a part number", required = true) @QueryParam("key") String key,
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)") @QueryParam("to") String to,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @Parameter(description = "CRITICAL, MAJOR or MINOR") @QueryParam("severity") String severity,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return analytics.cases(by, key, from, to, new AnalyticsService.Filters(customerId, partNumber, severity))
                .map(cases -> respond(cases, accept, "cases-" + cases.dimension() + "-" + cases.from() + "-" + cases.to()));
    }

    @GET
    @Path("/trends")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Operation(summary = "Complaints received, closed and open, repeats and missed deadlines, week by week or month by month",
            description = "Over `from` to `to` (whole UTC days, both included; by default the last 90 days), one point per "
                    + "week (from Monday) or calendar month, the first and last cut to the period. `open` counts the cases "
                    + "received before the point's end and neither closed nor rejected by then; `repeats` and "
                    + "`missedDeadlines` count the cases received in it. `Accept: text/csv` gives the points as CSV.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Trends.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors name each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> trends(
            @Parameter(description = "week or month (default month)") @QueryParam("interval") String interval,
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)") @QueryParam("to") String to,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @Parameter(description = "CRITICAL, MAJOR or MINOR") @QueryParam("severity") String severity,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return analytics.trends(interval, from, to, new AnalyticsService.Filters(customerId, partNumber, severity))
                .map(trends -> respond(trends, accept, "trends-" + trends.interval() + "-" + trends.from() + "-" + trends.to()));
    }

    @GET
    @Path("/kpis")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Operation(summary = "Key figures over the complaints received in a period",
            description = "Times to acknowledge, contain, respond and close (median and p90 hours) and the share of each "
                    + "milestone met by its due date; CAR first-time effectiveness; reopen and recurrence rates; the remedies "
                    + "agreed (mix, credits per currency, quantities); disputes; satisfaction. The README defines each. "
                    + "`Accept: text/csv` gives one figure per row.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Kpis.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors name each one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> kpis(
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD (default today)") @QueryParam("to") String to,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @Parameter(description = "CRITICAL, MAJOR or MINOR") @QueryParam("severity") String severity,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return analytics.kpis(from, to, new AnalyticsService.Filters(customerId, partNumber, severity))
                .map(kpis -> respond(kpis, accept, "kpis-" + kpis.from() + "-" + kpis.to()));
    }

    /** JSON, or CSV as a download when only CSV is asked for. */
    private static Response respond(CsvTable table, String accept, String name) {
        return csvWanted(accept) ? CsvWriter.download(table, name) : Response.ok(table, MediaType.APPLICATION_JSON).build();
    }

    private static boolean csvWanted(String accept) {
        return accept != null && accept.contains(CsvWriter.TEXT_CSV) && !accept.contains(MediaType.APPLICATION_JSON);
    }
}
