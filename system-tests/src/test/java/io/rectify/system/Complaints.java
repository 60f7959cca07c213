package io.rectify.system;

import io.rectify.localstack.Service;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
/** Complaint cases driven over HTTP, as a client of complaint-service would. */
final class Complaints {

    private Complaints() {
    }

    static Map<String, Object> form(String customerId, String language) {
        return Map.of(
                "customer", Map.of("id", customerId, "name", "Customer " + customerId,
                        "email", customerId.toLowerCase() + "@customer.example", "language", language),
                "channel", "API",
                "product", Map.of("partNumber", "PCBA-4711", "name", "Controller board"),
                "lotNumber", "L2026-11",
                "quantityAffected", 25,
                "remainingStock", 1_000,
                "description", "Cold solder joints on U7",
                "occurrence", Map.of("conditions", "after reflow, at incoming inspection",
                        "occurredAt", "2026-11-19T07:45:00Z", "phase", "INCOMING_INSPECTION"),
                "severity", "MAJOR");
    }

    /** Files a complaint as the CRM integration would, and answers its id. */
    static String file(String customerId, String language) {
        return SystemUsers.asCrm(Service.COMPLAINT).contentType(ContentType.JSON)
                .body(form(customerId, language))
                .post("/complaints")
                .then().statusCode(201)
                .extract().path("id");
    }

    static void acknowledge(String id) {
        SystemUsers.as(SystemUsers.ALICE, Service.COMPLAINT)
                .post("/complaints/{id}/acknowledgement", id)
                .then().statusCode(200);
    }

    /** The event ids of the case's audit trail, in order. */
    static List<String> eventIds(String id) {
        return SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}/events", id)
                .then().statusCode(200).extract().path("eventId");
    }

    static List<Map<String, Object>> notifications(String caseId) {
        return SystemUsers.as(SystemUsers.QUINN, Service.NOTIFICATION).queryParam("caseId", caseId)
                .get("/notifications").then().statusCode(200).extract().path("$");
    }
}
