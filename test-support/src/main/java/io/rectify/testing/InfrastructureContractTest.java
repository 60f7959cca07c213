package io.rectify.testing;

import io.rectify.localstack.TopicClient;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service must have working before anything else: it migrated its own database and
 * can write and read it, it reaches the broker, and it reports both as healthy. Each service
 * runs these checks through a {@code @QuarkusTest} subclass, against real PostgreSQL and Kafka.
 */
public abstract class InfrastructureContractTest {

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void migratedDatabaseCanBeWrittenAndRead() {
        UUID eventId = UUID.randomUUID();
        pool.preparedQuery("insert into processed_events (consumer, event_id) values ($1, $2)")
                .execute(Tuple.of("infrastructure-check", eventId))
                .await().atMost(Duration.ofSeconds(10));
        List<Row> rows = pool.preparedQuery("select consumer from processed_events where event_id = $1")
                .execute(Tuple.of(eventId))
                .await().atMost(Duration.ofSeconds(10))
                .stream().toList();
        assertEquals(1, rows.size());
        assertEquals("infrastructure-check", rows.get(0).getString("consumer"));
    }

    @Test
    void theServiceRoleOwnsNoTableAndCannotSwitchOffTheAppendOnlyTriggers() {
        Row role = pool.query("select current_user as name, rolsuper from pg_roles where rolname = current_user")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
        assertFalse(role.getBoolean("rolsuper"), "the service does not log in as a superuser");
        long owned = pool.query("select count(*) as owned from pg_tables where schemaname = 'public' and tableowner = current_user")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong("owned");
        assertEquals(0, owned, role.getString("name") + " owns tables");
        for (String attempt : List.of("alter table events disable trigger events_no_update_or_delete",
                "alter table events disable trigger all", "drop trigger events_no_truncate on events", "truncate events",
                "delete from events where position < 0")) {
            Throwable refused = assertThrows(Throwable.class,
                    () -> pool.query(attempt).execute().await().atMost(Duration.ofSeconds(10)), attempt);
            assertTrue(refused.getMessage().contains("must be owner") || refused.getMessage().contains("permission denied"),
                    attempt + ": " + refused.getMessage());
        }
    }

    @Test
    void recordsGoThroughTheBroker() {
        String topic = "infrastructure-check";
        String key = UUID.randomUUID().toString();
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(new ProducerRecord<>(topic, key, "ping".getBytes(StandardCharsets.UTF_8)));
        List<ConsumerRecord<String, byte[]>> read = kafka.read(topic, r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, read.size());
        assertEquals("ping", new String(read.get(0).value(), StandardCharsets.UTF_8));
    }

    @Test
    void reportsDatabaseAndBrokerHealthy() {
        RestAssured.given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
    }

    /** The AsyncAPI document of the topic the service publishes, beside its OpenAPI document: valid AsyncAPI 3.0. */
    @Test
    void publishesTheAsyncApiDocumentOfItsTopic() {
        String document = RestAssured.given().get("/q/asyncapi")
                .then().statusCode(200).contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"))
                .extract().asString();
        assertEquals(List.of(), AsyncApiContract.of(document).documentErrors());
    }

    /**
     * The OpenAPI document a client generator and a linter take: every operation has a unique,
     * stable operationId and at least one 4xx answer; the document names its servers, security
     * scheme, licence and contact. The build lints the document this test writes to
     * {@code target/openapi/openapi.json} and generates a Java client from it.
     */
    @Test
    void publishesAnApiDescriptionAClientCanBeGeneratedFrom() throws java.io.IOException {
        String json = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."))
                .extract().asString();
        java.nio.file.Path written = java.nio.file.Path.of("target", "openapi", "openapi.json");
        java.nio.file.Files.createDirectories(written.getParent());
        java.nio.file.Files.writeString(written, json);
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertFalse(document.path("servers").isEmpty(), "servers");
        assertFalse(document.path("info").path("license").path("name").asText().isBlank(), "info.license");
        assertFalse(document.path("info").path("contact").path("url").asText().isBlank(), "info.contact.url");
        assertFalse(document.path("components").path("securitySchemes").isEmpty(), "securitySchemes");
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        List<String> defects = new java.util.ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!java.util.Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                return;
            }
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            String id = operation.getValue().path("operationId").asText();
            if (id.isBlank() || !operationIds.add(id)) {
                defects.add(where + ": operationId '" + id + "' missing or used twice");
            }
            boolean has4xx = false;
            for (var status : (Iterable<String>) () -> operation.getValue().path("responses").fieldNames()) {
                has4xx |= status.startsWith("4");
            }
            if (!has4xx) {
                defects.add(where + ": no 4xx answer");
            }
        }));
        assertEquals(List.of(), defects);
    }
}
