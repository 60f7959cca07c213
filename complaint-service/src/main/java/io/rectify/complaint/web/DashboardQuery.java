package io.rectify.complaint.web;

import io.rectify.complaint.analytics.AnalyticsService;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** What the dashboard's filter form sends; every page and link of the dashboard carries it on. */
public class DashboardQuery {

    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("customerId")
    public String customerId;
    @QueryParam("partNumber")
    public String partNumber;
    @QueryParam("severity")
    public String severity;
    /** occurrence (default) or escape: which of the 8D's root causes the cause Pareto counts. */
    @QueryParam("cause")
    public String cause;
    /** week (default) or month. */
    @QueryParam("interval")
    public String interval;
    @QueryParam("lang")
    public String lang;
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    public String acceptLanguage;

    AnalyticsService.Filters filters() {
        return new AnalyticsService.Filters(customerId, partNumber, severity);
    }

    boolean escapeCauses() {
        return "escape".equals(cause);
    }

    String interval() {
        return "month".equals(interval) ? "month" : "week";
    }

    /** The dashboard with this query, in {@code language}. */
    public String pageLink(String language) {
        return link("/dashboard", language);
    }

    /** One of the dashboard's tables as CSV, over this query's period and filters. */
    public String exportLink(String table) {
        return link("/dashboard/export/" + table, null);
    }

    /** {@code path} with the period, the filters and the language of this query, and {@code extra} name-value pairs. */
    String link(String path, String language, String... extra) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "customerId", customerId);
        add(query, "partNumber", partNumber);
        add(query, "severity", severity);
        add(query, "cause", cause);
        add(query, "interval", interval);
        add(query, "lang", language);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            add(query, extra[i], extra[i + 1]);
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
