package io.rectify.complaint.rest;

import java.util.HashMap;
import java.util.Map;

/** Complaint forms as a client would send them, as JSON-ready maps that tests can spoil one field at a time. */
public final class ComplaintForms {

    private ComplaintForms() {
    }

    public static Map<String, Object> valid() {
        return valid("ACME-" + System.nanoTime(), "SW-100", "LOT-7");
    }

    public static Map<String, Object> valid(String customerId, String partNumber, String lotNumber) {
        Map<String, Object> form = new HashMap<>();
        form.put("customer", new HashMap<>(Map.of("id", customerId, "name", "ACME Automotive GmbH",
                "email", "quality@acme.example", "language", "el")));
        form.put("channel", "WEB_FORM");
        form.put("product", new HashMap<>(Map.of("partNumber", partNumber, "name", "Rocker switch 16A")));
        form.put("lotNumber", lotNumber);
        form.put("quantityAffected", 120);
        form.put("remainingStock", 4_800);
        form.put("description", "Switch contacts stick after 2,000 cycles");
        form.put("occurrence", new HashMap<>(Map.of("conditions", "85 °C, 85 % RH endurance test",
                "occurredAt", "2026-11-18T09:30:00Z", "phase", "INCOMING_INSPECTION")));
        form.put("severity", "MAJOR");
        form.put("requestedRemedy", "REPLACEMENT");
        return form;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> nested(Map<String, Object> form, String key) {
        return (Map<String, Object>) form.get(key);
    }
}
