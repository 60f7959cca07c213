package io.rectify.testing;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for service tests, shaped like the ones Keycloak issues for the realm {@code rectify}
 * (realm roles in {@code realm_access.roles}, {@code preferred_username}, {@code customer_id}) and
 * signed with a key made for this test JVM. The services verify them with its public key
 * ({@link RectifyTestResource} configures it), so every test runs real token verification without
 * an identity provider; the system tests use the real Keycloak.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.rectify.test/realms/rectify";

    private static final KeyPair KEYS = newKeyPair();
    /** The same user keeps one subject within a test JVM, as with a real provider. */
    private static final Map<String, String> SUBJECTS = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** The verification key, as {@code quarkus.oidc.public-key} takes it. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static String subjectOf(String username) {
        return SUBJECTS.computeIfAbsent(username, name -> UUID.randomUUID().toString());
    }

    /** A staff or integration user's token with the given realm roles. */
    public static String staff(String username, String... roles) {
        return token(username, null, List.of(roles), 300);
    }

    /** A customer's user: role {@code customer} and the {@code customer_id} claim. */
    public static String customer(String username, String customerId) {
        return token(username, customerId, List.of("customer"), 300);
    }

    /** Any token; {@code lifetimeSeconds} below zero makes one that has expired. */
    public static String token(String username, String customerId, List<String> roles, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subjectOf(username));
        claims.setAudience("account");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setGeneratedJwtId();
        claims.setClaim("typ", "Bearer");
        claims.setClaim("azp", "rectify-cli");
        claims.setClaim("preferred_username", username);
        claims.setClaim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Test");
        claims.setClaim("realm_access", Map.of("roles", roles));
        if (customerId != null) {
            claims.setClaim("customer_id", customerId);
        }
        return sign(claims);
    }

    /** A well-formed token with every claim right, signed by a key the services do not trust. */
    public static String signedByAnotherKey(String username, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subjectOf(username));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("preferred_username", username);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        return sign(claims, newKeyPair());
    }

    private static String sign(JwtClaims claims) {
        return sign(claims, KEYS);
    }

    private static String sign(JwtClaims claims, KeyPair keys) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setKeyIdHeaderValue("rectify-test");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
