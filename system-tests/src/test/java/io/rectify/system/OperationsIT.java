package io.rectify.system;

import io.rectify.localstack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What an operator is given works with what the services export: every Rectify metric the sample
 * Grafana dashboard and the alert rules use is on some service's {@code /q/metrics}.
 */
@ExtendWith(RunningSystem.class)
class OperationsIT {

    private static final Pattern METRIC = Pattern.compile("\\brectify_[a-z_]+\\b");
    private static final Pattern SAMPLE = Pattern.compile("(?m)^(rectify_[a-z_]+)[{ ]");
    /** Labelled by the consumer that parked a record, so it appears with the first dead letter. */
    private static final Set<String> ON_FIRST_OCCURRENCE = Set.of("rectify_consumer_dead_lettered_total");

    @Test
    void theDashboardAndTheAlertRulesUseOnlyMetricsTheServicesExport() throws IOException {
        Set<String> exported = new TreeSet<>(ON_FIRST_OCCURRENCE);
        for (Service service : Service.values()) {
            Matcher sample = SAMPLE.matcher(given().baseUri(RunningSystem.url(service)).get("/q/metrics")
                    .then().statusCode(200).extract().asString());
            while (sample.find()) {
                exported.add(sample.group(1));
            }
        }
        Path deploy = Path.of("..", "deploy");
        Set<String> used = new TreeSet<>();
        for (Path file : new Path[] {deploy.resolve("grafana/rectify-dashboard.json"), deploy.resolve("prometheus/alerts.yml")}) {
            Matcher metric = METRIC.matcher(Files.readString(file));
            while (metric.find()) {
                used.add(metric.group());
            }
        }
        assertFalse(used.isEmpty());
        used.removeAll(exported);
        assertEquals(Set.of(), used, "metrics the dashboard or the alerts use that no service exports");
    }
}
