package io.rectify.testing;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's access rules must hold, checked on every operation of its own OpenAPI
 * document: each states who may call it; without a valid token each protected one answers 401,
 * with a role it does not name 403, both as problem documents and before anything is read or
 * changed. Each service runs these through a {@code @QuarkusTest} subclass; the system tests do
 * the same against the real identity provider.
 */
public abstract class AccessContractTest {

    private static final List<String> ROLES = List.of("customer", "quality-engineer", "quality-manager", "integrator", "admin");

    @Test
    void everyOperationStatesWhoMayCallIt() {
        List<String> unstated = ApiOperations.of(null).stream()
                .filter(operation -> !operation.isPublic() && (operation.roles() == null || operation.roles().isEmpty()))
                .map(ApiOperations.Operation::toString).toList();
        assertEquals(List.of(), unstated, "operations without an access rule (add them to the service's AccessRules)");
    }

    @Test
    void withoutAValidTokenEveryProtectedOperationAnswers401() {
        List<String> wrong = new ArrayList<>();
        String expired = TestTokens.token(Users.QUINN, null, List.of("quality-manager", "admin", "integrator"), -120);
        String foreign = TestTokens.signedByAnotherKey(Users.QUINN, "quality-manager", "admin", "integrator");
        for (ApiOperations.Operation operation : ApiOperations.of(null)) {
            if (operation.isPublic()) {
                continue;
            }
            for (var attempt : List.of(Users.anonymous(), Users.as(expired), Users.as(foreign),
                    Users.anonymous().header("Authorization", "Bearer not-a-token"))) {
                int status = send(attempt, operation).then()
                        .header("WWW-Authenticate", containsString("Bearer"))
                        .contentType("application/problem+json")
                        .extract().statusCode();
                if (status != 401) {
                    wrong.add(operation + " answered " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRoleAnOperationDoesNotNameAnswers403() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiOperations.Operation operation : ApiOperations.of(null)) {
            if (operation.isPublic()) {
                continue;
            }
            Optional<String> notAllowed = ROLES.stream().filter(role -> !operation.roles().contains(role)).findFirst();
            if (notAllowed.isEmpty()) {
                continue;
            }
            String token = notAllowed.get().equals("customer") ? TestTokens.customer("buyer@acme", "ACME")
                    : TestTokens.staff("someone", notAllowed.get());
            checked++;
            var answer = send(Users.as(token), operation).then().extract();
            if (answer.statusCode() != 403 || !answer.contentType().startsWith("application/problem+json")) {
                wrong.add(operation + " as " + notAllowed.get() + " answered " + answer.statusCode());
            }
        }
        assertTrue(checked > 0, "no operation is closed to any role");
        assertEquals(List.of(), wrong);
    }

    @Test
    void publicOperationsNeedNoToken() {
        for (ApiOperations.Operation operation : ApiOperations.of(null)) {
            if (operation.isPublic()) {
                var answer = send(Users.anonymous(), operation).then().extract();
                // a public operation may refuse a wrong survey token (403), never the missing sign-in
                assertFalse(answer.statusCode() == 401 || answer.body().asString().contains("urn:rectify:problem:forbidden"),
                        operation + " is public but answered " + answer.statusCode() + ": " + answer.body().asString());
            }
        }
        Users.anonymous().get("/q/health/ready").then().statusCode(equalTo(200));
    }

    private static io.restassured.response.Response send(RequestSpecification request, ApiOperations.Operation operation) {
        RequestSpecification withBody = operation.method().equals("POST") || operation.method().equals("PUT")
                ? request.contentType("application/json").body("{}") : request;
        return withBody.request(operation.method(), operation.samplePath());
    }
}
