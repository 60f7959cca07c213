package io.rectify.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rectify.localstack.PostgresServer;

import java.util.List;
import java.util.Map;

/**
 * Real infrastructure for a {@code @QuarkusTest}, without Docker: a PostgreSQL server from the
 * embedded binaries and an in-JVM Kafka KRaft broker with the contract's topics. Both are started
 * once per test JVM and shared by every test class of a module. Bearer tokens are verified with
 * the key {@link TestTokens} signs with.
 */
public class RectifyTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "rectify";
    public static final List<String> TOPICS = List.of("complaints.events", "cars.events", "notifications.events");

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = TestInfrastructure.postgres(DATABASE);
        EmbeddedKafka kafka = TestInfrastructure.kafka(TOPICS);
        return Map.of(
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                // as in production: migrations as the owner, the service as a role that owns nothing
                "quarkus.flyway.username", PostgresServer.OWNER,
                "quarkus.flyway.password", PostgresServer.OWNER_PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                // tokens are verified for real, with the key the test tokens are signed with
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; stopped when it exits
    }
}
