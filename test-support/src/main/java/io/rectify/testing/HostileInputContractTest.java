package io.rectify.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed and hostile requests to every operation of the service's own OpenAPI document, as a
 * careless integrator or an attacker would send them: no body, a JSON null, an array or a number
 * for an object, every text field with a NUL or a lone surrogate, numbers and dates out of any
 * sane range, unknown enum values, wrong content types, ids that are not ids, paging beyond any
 * end. None may answer 5xx. Each service runs these through a {@code @QuarkusTest} subclass.
 */
public abstract class HostileInputContractTest {

    /** A caller each operation allows, so that the request reaches the code behind the access check. */
    private static RequestSpecification allowedCaller(ApiOperations.Operation operation) {
        if (operation.isPublic() || operation.roles() == null || operation.roles().isEmpty()) {
            return Users.anonymous();
        }
        List<String> roles = operation.roles();
        if (roles.contains("quality-manager")) {
            return Users.asQualityManager();
        }
        if (roles.contains("admin")) {
            return Users.asAdmin();
        }
        if (roles.contains("integrator")) {
            return Users.asIntegrator();
        }
        return Users.asCustomer("ACME");
    }

    @Test
    void noHostileRequestAnswers5xx() throws Exception {
        JsonPath document = ApiOperations.document(null);
        Map<String, Object> schemas = document.getMap("components.schemas");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (ApiOperations.Operation operation : ApiOperations.declaredIn(document)) {
            Map<String, Object> bodySchema = bodySchema(document, operation);
            for (Attempt attempt : attempts(operation, bodySchema, schemas)) {
                sent++;
                RequestSpecification request = allowedCaller(operation).urlEncodingEnabled(attempt.encodePath());
                attempt.headers().forEach(request::header);
                attempt.query().forEach(request::queryParam);
                if (attempt.body() != null) {
                    request.contentType(attempt.contentType()).body(attempt.body());
                }
                try {
                    int status = request.request(operation.method(), attempt.path()).then().extract().statusCode();
                    if (status >= 500) {
                        failures.add(operation + " with " + attempt.what() + " answered " + status);
                    }
                } catch (Exception e) {
                    // a server may close the connection on a body it refuses; that is not an error answer
                    if (!(e instanceof java.io.IOException) && !(e.getCause() instanceof java.io.IOException)) {
                        throw e;
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "of " + sent + " hostile requests");
    }

    @Test
    void bodiesOfAWrongTypeAnswer415AndOversizedBodiesAnswer413() {
        JsonPath document = ApiOperations.document(null);
        List<String> failures = new ArrayList<>();
        String oversized = "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}";
        int withBody = 0;
        for (ApiOperations.Operation operation : ApiOperations.declaredIn(document)) {
            if (!operation.method().equals("POST") && !operation.method().equals("PUT")) {
                continue;
            }
            if (bodySchema(document, operation) != null) {
                withBody++;
                for (String type : List.of("application/xml", "text/plain", "multipart/form-data; boundary=x")) {
                    expect(failures, operation, "a " + type + " body", 415,
                            allowedCaller(operation).contentType(type).body("<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            expect(failures, operation, "a body of 300 KB", 413, allowedCaller(operation).contentType("application/json").body(oversized));
        }
        assertEquals(List.of(), failures);
        assertTrue(withBody > 0, "the document describes no request body");
    }

    private static void expect(List<String> failures, ApiOperations.Operation operation, String what, int expected,
                               RequestSpecification request) {
        var response = request.request(operation.method(), operation.samplePath()).then().extract();
        if (response.statusCode() != expected || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(operation + " with " + what + " answered " + response.statusCode() + " " + response.contentType()
                    + " instead of " + expected + " as a problem document");
        }
    }

    record Attempt(String what, String path, boolean encodePath, Map<String, String> query, Map<String, String> headers,
                   String contentType, String body) {
    }

    private static List<Attempt> attempts(ApiOperations.Operation operation, Map<String, Object> bodySchema,
                                          Map<String, Object> schemas) {
        String path = operation.samplePath();
        List<Attempt> attempts = new ArrayList<>();
        Map<String, String> none = Map.of();
        attempts.add(new Attempt("an id that is no id", operation.pathTemplate().replaceAll("\\{[^}]+}", "not-an-id"), true,
                none, none, null, null));
        attempts.add(new Attempt("a NUL in the path", operation.pathTemplate().replaceAll("\\{[^}]+}", "a%00b"), false,
                none, none, null, null));
        attempts.add(new Attempt("paging beyond the end", path, true, Map.of("page", "2147483647", "size", "100"), none, null, null));
        attempts.add(new Attempt("paging out of range", path, true, Map.of("page", "-1", "size", "2147483647"), none, null, null));
        attempts.add(new Attempt("filters that are no values", path, true, Map.of("caseId", "x", "complaintId", "x",
                "status", "NOT_A_STATUS", "customerId", "a\u0000b", "dispute", "-7"), none, null, null));
        attempts.add(new Attempt("a bad If-Match", path, true, none, Map.of("If-Match", "\"-9223372036854775808\""), null, null));
        if (operation.method().equals("POST") || operation.method().equals("PUT")) {
            String json = "application/json";
            for (String body : List.of("null", "[]", "42", "\"text\"", "true", "{", "{\"a\":", "{}}", "", "\u0000")) {
                attempts.add(new Attempt("the body " + body, path, true, none, none, json, body));
            }
            attempts.add(new Attempt("a text/plain body", path, true, none, none, "text/plain", "hello"));
            attempts.add(new Attempt("an XML body", path, true, none, none, "application/xml", "<a/>"));
            attempts.add(new Attempt("a deeply nested body", path, true, none, none, json, "[".repeat(5_000) + "]".repeat(5_000)));
            if (bodySchema != null) {
                attempts.add(new Attempt("NUL in every text", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.NUL)));
                attempts.add(new Attempt("control characters in every text", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.CONTROL)));
                attempts.add(new Attempt("a lone surrogate in every text", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.SURROGATE)));
                attempts.add(new Attempt("numbers, dates and durations out of range", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.HUGE)));
                attempts.add(new Attempt("negative numbers, dates and durations", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.NEGATIVE)));
                attempts.add(new Attempt("unknown enum values and wrong types", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.WRONG_TYPE)));
                attempts.add(new Attempt("very long texts", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.LONG_TEXTS)));
                attempts.add(new Attempt("very long lists", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.LONG_LISTS)));
                attempts.add(new Attempt("nulls everywhere", path, true, none, none, json,
                        sample(bodySchema, schemas, 0, Poison.NULLS)));
            }
        }
        return attempts;
    }

    /** How a generated body is spoiled. */
    enum Poison { NUL, CONTROL, SURROGATE, HUGE, NEGATIVE, WRONG_TYPE, LONG_TEXTS, LONG_LISTS, NULLS, PLAIN }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodySchema(JsonPath document, ApiOperations.Operation operation) {
        Map<String, Object> op = document.getMap("paths.'" + operation.pathTemplate() + "'." + operation.method().toLowerCase());
        if (op == null || !(op.get("requestBody") instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)) {
            return null;
        }
        for (Object media : content.values()) {
            if (media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> schema) {
                return (Map<String, Object>) schema;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String sample(Map<String, Object> schema, Map<String, Object> schemas, int depth, Poison poison) {
        if (schema.get("$ref") instanceof String ref) {
            Object target = schemas == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            return depth > 6 || !(target instanceof Map<?, ?>) ? "{}" : sample((Map<String, Object>) target, schemas, depth + 1, poison);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combinator) instanceof List<?> parts && !parts.isEmpty() && parts.get(0) instanceof Map<?, ?> first) {
                return sample((Map<String, Object>) first, schemas, depth + 1, poison);
            }
        }
        if (poison == Poison.NULLS && depth > 0) {
            return "null";
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        if (schema.get("enum") instanceof List<?>) {
            return switch (poison) {
                case WRONG_TYPE -> "\"NOT_A_VALUE\"";
                case NUL -> "\"A\\u0000\"";
                default -> "\"" + ((List<?>) schema.get("enum")).get(0) + "\"";
            };
        }
        switch (type) {
            case "object", "null" -> {
                if (!(schema.get("properties") instanceof Map<?, ?> properties)) {
                    return poison == Poison.WRONG_TYPE ? "[]" : "{}";
                }
                Map<String, String> fields = new LinkedHashMap<>();
                properties.forEach((name, property) -> fields.put((String) name,
                        sample((Map<String, Object>) property, schemas, depth + 1, poison)));
                StringBuilder out = new StringBuilder("{");
                fields.forEach((name, value) -> out.append(out.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value));
                return out.append('}').toString();
            }
            case "array" -> {
                Map<String, Object> items = schema.get("items") instanceof Map<?, ?> i ? (Map<String, Object>) i : Map.of("type", "string");
                // a long list repeats a plain item: long lists of long texts would only measure the network
                String item = sample(items, schemas, depth + 1, poison == Poison.LONG_LISTS ? Poison.PLAIN : poison);
                int count = poison == Poison.LONG_LISTS ? 2_000 : 1;
                return poison == Poison.WRONG_TYPE ? "\"not a list\"" : "[" + String.join(",", java.util.Collections.nCopies(count, item)) + "]";
            }
            case "integer", "number" -> {
                return switch (poison) {
                    case HUGE -> "1" + "0".repeat(40);
                    case NEGATIVE -> "-9223372036854775808";
                    case WRONG_TYPE -> "\"twelve\"";
                    default -> "1";
                };
            }
            case "boolean" -> {
                return poison == Poison.WRONG_TYPE ? "\"yes\"" : "true";
            }
            default -> {
                if (format.equals("date-time") || format.equals("date")) {
                    return switch (poison) {
                        case HUGE -> format.equals("date") ? "\"+999999-01-01\"" : "\"+999999-01-01T00:00:00Z\"";
                        case NEGATIVE -> format.equals("date") ? "\"-5000-01-01\"" : "\"-5000-01-01T00:00:00Z\"";
                        case WRONG_TYPE -> "\"yesterday\"";
                        case NUL -> "\"2026-01-01\\u0000\"";
                        default -> format.equals("date") ? "\"2026-12-01\"" : "\"2026-12-01T10:00:00Z\"";
                    };
                }
                if (format.equals("duration")) {
                    return switch (poison) {
                        case HUGE -> "\"PT9999999999999H\"";
                        case NEGATIVE -> "\"-PT5H\"";
                        case WRONG_TYPE -> "\"five hours\"";
                        default -> "\"PT5H\"";
                    };
                }
                if (format.equals("uuid")) {
                    return poison == Poison.WRONG_TYPE ? "\"not-a-uuid\"" : "\"" + UUID.randomUUID() + "\"";
                }
                Function<String, String> quoted = text -> "\"" + text + "\"";
                return switch (poison) {
                    case NUL -> quoted.apply("a\\u0000b");
                    case CONTROL -> quoted.apply("a\\u0007\\u001b[31mb");
                    case SURROGATE -> quoted.apply("a\\ud800b");
                    case LONG_TEXTS -> quoted.apply("x".repeat(20_000));
                    case WRONG_TYPE -> "{}";
                    case HUGE -> quoted.apply("P" + "9".repeat(30) + "D");
                    default -> quoted.apply("text");
                };
            }
        }
    }
}
