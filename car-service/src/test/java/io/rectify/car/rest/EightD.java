package io.rectify.car.rest;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.rectify.testing.Users.asQualityManager;

/** The steps of an 8D as a quality team sends them over HTTP. */
public final class EightD {

    private EightD() {
    }

    static Map<String, Object> manualCar(String partNumber) {
        return Map.of("source", "PRODUCTION", "problemStatement", "Voids under U7 found at end-of-line X-ray",
                "product", Map.of("partNumber", partNumber, "name", "Controller board"), "lotNumber", "L2026-47",
                "severity", "MAJOR");
    }

    public static String open(String partNumber) {
        return asQualityManager().contentType(ContentType.JSON).body(manualCar(partNumber)).post("/cars")
                .then().statusCode(201).extract().path("id");
    }

    public static int step(String id, String path, Object body) {
        return asQualityManager().contentType(ContentType.JSON).header("X-Actor", "a.petrovic").body(body)
                .post("/cars/{id}/" + path, id).statusCode();
    }

    public static Map<String, Object> team() {
        return Map.of("leader", Map.of("name", "A. Petrović", "role", "quality engineer", "department", "QA"),
                "members", List.of(Map.of("name", "M. Papadopoulou", "role", "process engineer", "department", "SMT")));
    }

    public static Map<String, Object> problem() {
        return Map.of("what", "Voids > 25 % under U7", "where", "line 2 reflow", "when", "since week 44",
                "howMany", "3 % of boards", "quantityAffected", 120,
                "isIsNot", List.of(Map.of("dimension", "line", "is", "line 2", "isNot", "line 1")));
    }

    public static Map<String, Object> containment() {
        return Map.of("containment", Map.of("atCustomer", Map.of("quantity", 120, "action", "sorted by X-ray"),
                "inHouse", Map.of("quantity", 2_000, "action", "blocked")), "verification", "200 pieces X-rayed, 0 escapes");
    }

    public static Map<String, Object> rootCause() {
        return Map.of("occurrence", Map.of("cause", "reflow peak 5 K too low", "method", "FIVE_WHY", "category", "MACHINE",
                        "whys", List.of("voids", "poor wetting", "peak too low", "profile drift", "no SPC on oven")),
                "escape", Map.of("cause", "AOI cannot see voids", "method", "IS_IS_NOT", "category", "MEASUREMENT"),
                "verification", "defect reproduced with the old profile, gone with the new one");
    }

    static Map<String, Object> actions(LocalDate due) {
        return Map.of("actions", List.of(
                Map.of("actionId", "A1", "description", "release profile v7", "owner", "SMT", "dueDate", due.toString(),
                        "type", "CORRECTIVE"),
                Map.of("actionId", "A2", "description", "X-ray sampling 1/50", "owner", "QA", "dueDate", due.toString(),
                        "type", "PREVENTIVE")));
    }

    static Map<String, Object> evidence(String text) {
        return Map.of("evidence", text);
    }

    static Map<String, Object> prevention() {
        return Map.of("pfmeaUpdate", "PFMEA rev 5: reflow peak as special characteristic", "controlPlanUpdate", "CP rev 3",
                "workInstructionUpdates", List.of("WI-SMT-07"), "similarProducts", List.of("PCBA-4712"));
    }

    static Map<String, Object> verification(String result) {
        return Map.of("result", result, "criteria", "no voids > 25 % in X-ray sampling", "observedFrom", "2026-11-01",
                "observedUntil", "2026-11-28", "observation", "0 of 12,000 boards");
    }
}
