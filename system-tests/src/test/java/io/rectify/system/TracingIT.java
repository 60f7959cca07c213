package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from a client's POST /complaints to the mail the customer gets: the request in
 * complaint-service, the relay's publish, the consumers in car- and notification-service, the
 * notification's own publish and its delivery, all exported over OTLP to the tests' collector.
 */
@ExtendWith(RunningSystem.class)
class TracingIT {

    @Test
    void oneTraceIdLinksAComplaintsRequestToTheMailItsCustomerIsSent() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;
        String traceId = HexFormat.of().formatHex(bytes);
        String id = SystemUsers.asCrm(Service.COMPLAINT).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Complaints.form("TRACE-" + UUID.randomUUID(), "en"))
                .post("/complaints")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals("SENT", Complaints.notifications(id).stream()
                .filter(n -> "receipt-acknowledgement".equals(n.get("template"))).findFirst().orElse(Map.of()).get("status")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, List<String>> spans = RunningSystem.traces().trace(traceId).stream().collect(Collectors.groupingBy(
                    TraceCollector.ReceivedSpan::service,
                    Collectors.mapping(span -> span.kind() + " " + span.name(), Collectors.toList())));
            assertTrue(spans.getOrDefault("complaint-service", List.of()).contains("SPAN_KIND_SERVER POST /complaints"), spans.toString());
            assertTrue(spans.get("complaint-service").contains("SPAN_KIND_PRODUCER complaints.events publish"), spans.toString());
            assertTrue(spans.getOrDefault("car-service", List.of()).contains("SPAN_KIND_CONSUMER complaints.events process"), spans.toString());
            List<String> notification = spans.getOrDefault("notification-service", List.of());
            assertTrue(notification.contains("SPAN_KIND_CONSUMER complaints.events process"), spans.toString());
            assertTrue(notification.contains("SPAN_KIND_PRODUCER notifications.events publish"), spans.toString());
            assertTrue(notification.contains("SPAN_KIND_CLIENT deliver email"), spans.toString());
        });
        // the log line of the delivery names the trace: grep it across the services' logs
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(Files.readAllLines(
                        Path.of("target", "system-test-stack", "logs", "notification-service.log")).stream()
                .anyMatch(line -> line.contains("traceId=" + traceId) && line.contains("sent EMAIL receipt-acknowledgement")),
                "notification-service logs the mail it sent with the trace id"));
        // each span hangs from another of the same trace, back to the client's
        List<TraceCollector.ReceivedSpan> trace = RunningSystem.traces().trace(traceId);
        var ids = trace.stream().map(TraceCollector.ReceivedSpan::spanId).collect(Collectors.toSet());
        ids.add("00f067aa0ba902b7");
        List<String> orphans = trace.stream().filter(span -> !ids.contains(span.parentSpanId()))
                .map(span -> span.service() + " " + span.name()).toList();
        assertEquals(List.of(), orphans, "spans whose parent is not in the trace");
    }
}
