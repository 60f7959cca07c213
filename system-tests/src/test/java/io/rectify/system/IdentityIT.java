package io.rectify.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.localstack.Service;
import io.rectify.testing.ApiOperations;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, across the running services with the real Keycloak of the stack: tokens come
 * from its token endpoint (password grant of rectify-cli, client credentials of rectify-crm), and
 * the operations checked are those of the three services' own OpenAPI documents.
 */
@ExtendWith(RunningSystem.class)
class IdentityIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void withoutATokenEveryOperationButThePublicOnesAnswers401(Service service) {
        List<ApiOperations.Operation> operations = ApiOperations.of(RunningSystem.url(service));
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Operation operation : operations) {
            ExtractableResponse<Response> answer = send(SystemUsers.anonymous(service), operation);
            boolean refused = answer.statusCode() == 401;
            if (operation.isPublic() == refused) {
                wrong.add(operation + (operation.isPublic() ? " (public)" : "") + " answered " + answer.statusCode());
            } else if (refused && !answer.contentType().startsWith("application/problem+json")) {
                wrong.add(operation + " answered 401 as " + answer.contentType());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(operations.stream().anyMatch(operation -> !operation.isPublic()));
        SystemUsers.anonymous(service).get("/q/health/ready").then().statusCode(200);
        SystemUsers.anonymous(service).accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aRealUserWhoseRoleAnOperationDoesNotNameGets403(Service service) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiOperations.Operation operation : ApiOperations.of(RunningSystem.url(service))) {
            if (operation.isPublic()) {
                continue;
            }
            Optional<String> role = SystemUsers.BY_ROLE.keySet().stream().sorted()
                    .filter(candidate -> !operation.roles().contains(candidate)).findFirst();
            if (role.isEmpty()) {
                continue;
            }
            checked++;
            ExtractableResponse<Response> answer = send(SystemUsers.as(SystemUsers.BY_ROLE.get(role.get()), service), operation);
            if (answer.statusCode() != 403) {
                wrong.add(operation + " as " + role.get() + " answered " + answer.statusCode());
            }
        }
        assertTrue(checked > 0);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCasesAndStaffActAsThemselves() {
        // carla files for ACME from the web channel
        String id = SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).contentType(ContentType.JSON)
                .header("X-Actor", "mallory")
                .body(Complaints.form(SystemUsers.ACME, "en")).post("/complaints")
                .then().statusCode(201).body("customer.id", equalTo(SystemUsers.ACME)).extract().path("id");
        SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).get("/complaints/{id}", id).then().statusCode(200);
        SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).contentType(ContentType.JSON)
                .body(Complaints.form(SystemUsers.GLOBEX, "en")).post("/complaints").then().statusCode(403);

        // boris (GLOBEX) learns nothing of it: not by id, not in a list, not by acting on it
        SystemUsers.as(SystemUsers.BORIS, Service.COMPLAINT).get("/complaints/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        SystemUsers.as(SystemUsers.BORIS, Service.COMPLAINT).get("/complaints/{id}/events", id).then().statusCode(404);
        SystemUsers.as(SystemUsers.BORIS, Service.COMPLAINT).queryParam("size", 100).get("/complaints").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.customer.id", everyItem(equalTo(SystemUsers.GLOBEX)));
        SystemUsers.as(SystemUsers.BORIS, Service.COMPLAINT).contentType(ContentType.JSON)
                .body(Map.of("contests", "REJECTION", "issueStatement", "x", "customerClaim", "y"))
                .post("/complaints/{id}/dispute", id).then().statusCode(404);
        SystemUsers.as(SystemUsers.BORIS, Service.NOTIFICATION).queryParam("caseId", id).get("/notifications").then().statusCode(404);
        // nor may a customer look at CARs
        SystemUsers.as(SystemUsers.CARLA, Service.CAR).get("/cars").then().statusCode(403);

        // alice acknowledges; the history names her, whatever X-Actor claims
        SystemUsers.as(SystemUsers.ALICE, Service.COMPLAINT).header("X-Actor", "mallory")
                .post("/complaints/{id}/acknowledgement", id).then().statusCode(200);
        List<Map<String, Object>> history = SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT)
                .get("/complaints/{id}/events", id).then().statusCode(200).extract().path("$");
        assertEquals(List.of(SystemUsers.CARLA, SystemUsers.ALICE), history.stream().map(e -> e.get("actor")).toList());
        assertEquals(subjectOf(SystemUsers.token(SystemUsers.ALICE)), history.get(1).get("actorId"),
                "the actor's id is the subject of alice's token");
        assertFalse(history.toString().contains("mallory"));
    }

    @Test
    void onlyAnAdminRebuildsProjectionsAndTheCrmFilesAsAnIntegrator() {
        for (Service service : Service.values()) {
            String rebuild = "/admin/projections/" + projectionOf(service) + "/rebuild";
            SystemUsers.as(SystemUsers.IVAN, service).post(rebuild).then().statusCode(403)
                    .body("detail", containsString("admin"));
            SystemUsers.asCrm(service).post(rebuild).then().statusCode(403);
            SystemUsers.as(SystemUsers.QUINN, service).post(rebuild).then().statusCode(403);
            SystemUsers.as(SystemUsers.ADA, service).post(rebuild).then().statusCode(202);
        }
        String id = Complaints.file("CRM-" + System.nanoTime(), "en");
        SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}/events", id).then()
                .body("[0].actor", equalTo("service-account-rectify-crm"));
    }

    private static String projectionOf(Service service) {
        return switch (service) {
            case COMPLAINT -> "complaint-view";
            case CAR -> "car-view";
            case NOTIFICATION -> "notification-view";
        };
    }

    private static ExtractableResponse<Response> send(RequestSpecification request, ApiOperations.Operation operation) {
        RequestSpecification withBody = operation.method().equals("POST") || operation.method().equals("PUT")
                ? request.contentType(ContentType.JSON).body("{}") : request;
        return withBody.request(operation.method(), operation.samplePath()).then().extract();
    }

    private static String subjectOf(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not a JWT: " + token, e);
        }
    }
}
