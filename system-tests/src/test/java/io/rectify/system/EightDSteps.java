package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The 8D steps of a CAR as a quality team fills them in. */
final class EightDSteps {

    private static final String NEXT_WEEK = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

    private EightDSteps() {
    }

    static Map<String, Object> team() {
        return Map.of("leader", Map.of("name", "A. Petrović", "role", "quality engineer", "department", "QA"),
                "members", List.of(Map.of("name", "M. Papadopoulou", "role", "process engineer", "department", "SMT")));
    }

    static Map<String, Object> problem() {
        return Map.of("what", "Voids > 25 % under U7", "where", "line 2 reflow", "when", "since week 44",
                "howMany", "3 % of boards", "quantityAffected", 25);
    }

    static Map<String, Object> containment() {
        return Map.of("containment", Map.of("inHouse", Map.of("quantity", 1_000, "action", "lot blocked and X-rayed")),
                "verification", "200 pieces X-rayed, 0 escapes");
    }

    static Map<String, Object> rootCause(String cause) {
        return rootCause(cause, "MACHINE", "MEASUREMENT");
    }

    /** D4: why it occurred and why it escaped, each with its 6M category. */
    static Map<String, Object> rootCause(String cause, String occurrenceCategory, String escapeCategory) {
        return Map.of("occurrence", Map.of("cause", cause, "method", "FIVE_WHY", "category", occurrenceCategory),
                "escape", Map.of("cause", "AOI cannot see voids", "method", "IS_IS_NOT", "category", escapeCategory),
                "verification", "defect reproduced and removed");
    }

    static Map<String, Object> actions(String actionId) {
        return Map.of("actions", List.of(Map.of("actionId", actionId, "description", "fix " + actionId, "owner", "SMT",
                "dueDate", NEXT_WEEK, "type", "CORRECTIVE")));
    }

    static Map<String, Object> prevention() {
        return Map.of("pfmeaUpdate", "PFMEA rev 5", "controlPlanUpdate", "CP rev 3",
                "workInstructionUpdates", List.of("WI-SMT-07"), "similarProducts", List.of("PCBA-4712"));
    }

    static Map<String, Object> verification(String result) {
        return Map.of("result", result, "criteria", "no voids > 25 % in X-ray sampling", "observation", "0 of 12,000 boards");
    }

    /**
     * Carries a received case to its CAR's root cause (D4) with the given 6M categories: the case is
     * acknowledged, analysed and asks for a CAR; car-service opens it and the team works to D4.
     *
     * @return the CAR's id
     */
    static String toRootCause(String complaintId, String occurrenceCategory, String escapeCategory) {
        for (String step : List.of("acknowledgement", "analysis", "corrective-action-request")) {
            SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).contentType(ContentType.JSON)
                    .body(switch (step) {
                        case "analysis" -> Map.of("rootCauseHypothesis", "voids under U7");
                        case "corrective-action-request" -> Map.of("problemStatement", "voids under U7");
                        default -> Map.of();
                    })
                    .post("/complaints/{id}/" + step, complaintId).then().statusCode(200);
        }
        String carId = await().atMost(Duration.ofSeconds(30)).until(() -> SystemUsers.as(SystemUsers.QUINN, Service.CAR)
                .queryParam("complaintId", complaintId).get("/cars").then().statusCode(200)
                .extract().<List<String>>path("items.id"), ids -> ids.size() == 1).get(0);
        car(carId, "team", team());
        car(carId, "problem-description", problem());
        car(carId, "containment", containment());
        car(carId, "root-cause", rootCause("reflow peak too low", occurrenceCategory, escapeCategory));
        return carId;
    }

    private static void car(String carId, String step, Map<String, ?> body) {
        SystemUsers.as(SystemUsers.QUINN, Service.CAR).contentType(ContentType.JSON).body(body)
                .post("/cars/{id}/" + step, carId).then().log().ifValidationFails().statusCode(200);
    }
}
