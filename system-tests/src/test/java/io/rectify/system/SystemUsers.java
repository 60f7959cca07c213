package io.rectify.system;

import io.rectify.client.TokenClient;
import io.rectify.localstack.Service;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Requests to the running services as the demo users of the realm (password {@code demo}) and as
 * the CRM's service account, with tokens the real Keycloak of the stack issued.
 */
final class SystemUsers {

    static final String ALICE = "alice";
    static final String QUINN = "quinn";
    static final String IVAN = "ivan";
    static final String ADA = "ada";
    /** Customer ACME's user. */
    static final String CARLA = "carla";
    /** Customer GLOBEX's user. */
    static final String BORIS = "boris";
    static final String ACME = "ACME";
    static final String GLOBEX = "GLOBEX";

    /** One demo user holding each role. */
    static final Map<String, String> BY_ROLE = Map.of("customer", CARLA, "quality-engineer", ALICE,
            "quality-manager", QUINN, "integrator", IVAN, "admin", ADA);

    private static TokenClient tokens;

    private SystemUsers() {
    }

    static synchronized TokenClient tokens() {
        if (tokens == null) {
            tokens = new TokenClient(RunningSystem.stack().keycloak().issuer());
        }
        return tokens;
    }

    static String token(String username) {
        return tokens().forUser(username, "demo");
    }

    static RequestSpecification as(String username, Service service) {
        return given().baseUri(RunningSystem.url(service)).auth().oauth2(token(username));
    }

    /** The CRM integration: client credentials of {@code rectify-crm}, whose service account is an integrator. */
    static RequestSpecification asCrm(Service service) {
        return given().baseUri(RunningSystem.url(service)).auth().oauth2(tokens().forClient("rectify-crm", "rectify-crm-local-secret"));
    }

    static RequestSpecification anonymous(Service service) {
        return given().baseUri(RunningSystem.url(service));
    }
}
