package io.rectify.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests as the demo users of the identity model (BRIEF §6), each with a token
 * from {@link TestTokens}: {@code asQualityEngineer()} acts as alice, and so on.
 */
public final class Users {

    public static final String ALICE = "alice";
    public static final String QUINN = "quinn";
    public static final String IVAN = "ivan";
    public static final String ADA = "ada";

    private Users() {
    }

    public static RequestSpecification asQualityEngineer() {
        return as(TestTokens.staff(ALICE, "quality-engineer"));
    }

    public static RequestSpecification asQualityManager() {
        return as(TestTokens.staff(QUINN, "quality-manager"));
    }

    public static RequestSpecification asIntegrator() {
        return as(TestTokens.staff(IVAN, "integrator"));
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.staff(ADA, "admin"));
    }

    /** A user of {@code customerId}; the username is derived from it (carla for ACME in the demo realm). */
    public static RequestSpecification asCustomer(String customerId) {
        return as(TestTokens.customer(customerUsername(customerId), customerId));
    }

    public static String customerUsername(String customerId) {
        return "buyer@" + customerId.toLowerCase();
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
