package io.rectify.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the identity provider's token endpoint, as a script or an integration gets
 * them: the password grant of the public client {@code rectify-cli} for a person, client
 * credentials for a service account such as {@code rectify-crm}. A token is reused until shortly
 * before it expires.
 */
public final class TokenClient {

    public static final String CLI_CLIENT = "rectify-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Token(String value, Instant renewAt) {
    }

    private final String tokenEndpoint;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** @param issuer e.g. {@code http://localhost:8180/realms/rectify} */
    public TokenClient(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** A person's token, by password grant of {@code rectify-cli}. */
    public String forUser(String username, String password) {
        return cached("user:" + username, () -> request(Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                "username", username, "password", password)));
    }

    /** A service account's token, by client credentials. */
    public String forClient(String clientId, String secret) {
        return cached("client:" + clientId, () -> request(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    private String cached(String key, java.util.function.Supplier<Token> fetch) {
        Token token = tokens.get(key);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = fetch.get();
            tokens.put(key, token);
        }
        return token.value();
    }

    private Token request(Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            long lifetime = answer.path("expires_in").asLong(60);
            // renew a little before it expires, so that no request carries a token about to lapse
            return new Token(answer.path("access_token").asText(), Instant.now().plusSeconds(Math.max(5, lifetime - 30)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the token endpoint " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
