package io.rectify.testing;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The operations a service's own OpenAPI document declares, with the access each one states
 * ({@code x-rectify-roles}, {@code x-rectify-public}): tests of access go through every operation
 * the document has, not a list someone keeps by hand. Uses REST Assured only, so that the system
 * tests can use it against running services too.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: {@code POST /complaints/{id}/closure} and who may call it. */
    public record Operation(String method, String pathTemplate, boolean isPublic, List<String> roles) {

        /** The path with every parameter filled in: ids that exist nowhere, so nothing is found or changed. */
        public String samplePath() {
            return pathTemplate.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    private ApiOperations() {
    }

    /** The OpenAPI document of the service at {@code baseUri} ({@code null}: the one under test). */
    public static JsonPath document(String baseUri) {
        var request = RestAssured.given().accept("application/json").queryParam("format", "json");
        if (baseUri != null) {
            request.baseUri(baseUri);
        }
        return request.get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The operations of the service at {@code baseUri} ({@code null}: the one under test). */
    public static List<Operation> of(String baseUri) {
        return declaredIn(document(baseUri));
    }

    /** The operations a fetched document declares. */
    public static List<Operation> declaredIn(JsonPath document) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (METHODS.contains(method) && value instanceof Map<?, ?> operation) {
                Object roles = operation.get("x-rectify-roles");
                operations.add(new Operation(method.toUpperCase(), path, Boolean.TRUE.equals(operation.get("x-rectify-public")),
                        roles instanceof List<?> list ? list.stream().map(Object::toString).toList() : null));
            }
        }));
        if (operations.isEmpty()) {
            throw new AssertionError("the OpenAPI document declares no operation");
        }
        return operations;
    }
}
