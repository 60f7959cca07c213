package io.rectify.testing;

import io.restassured.RestAssured;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of {@code /q/metrics} in Prometheus' text format, read as a test needs it. */
public final class PrometheusText {

    /** name, labels, value; then maybe a timestamp and an exemplar ({@code # {trace_id="…"} 1.0}, with tracing on). */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)( \\d+)?( # .*)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    private final String text;

    private PrometheusText(String text) {
        this.text = text;
    }

    /** Scrapes the service under test (REST Assured's base URI and port). */
    public static PrometheusText scrape() {
        return new PrometheusText(RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    public static PrometheusText of(String text) {
        return new PrometheusText(text);
    }

    /** The value of the first sample of {@code name} whose labels include all of {@code labels}. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                return Optional.of(Double.parseDouble(sample.group(4)));
            }
        }
        return Optional.empty();
    }

    /** As {@link #value}, 0 when there is no such sample yet (a counter never incremented). */
    public double valueOrZero(String name, Map<String, String> labels) {
        return value(name, labels).orElse(0.0);
    }
}
