package io.rectify.testing;

import io.rectify.localstack.PostgresServer;

import java.util.Collection;

/** The PostgreSQL server and Kafka broker of one test JVM, started on first use, stopped at exit. */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static EmbeddedKafka kafka;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres(String database) {
        try {
            if (postgres == null) {
                postgres = PostgresServer.start(null, 0);
                PostgresServer started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }, "stop-test-postgres"));
            }
            postgres.ensureDatabase(database);
            return postgres;
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL for the tests", e);
        }
    }

    public static synchronized EmbeddedKafka kafka(Collection<String> topics) {
        try {
            if (kafka == null) {
                kafka = EmbeddedKafka.start();
                EmbeddedKafka started = kafka;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }, "stop-test-kafka"));
            }
            kafka.createTopics(topics, 3);
            return kafka;
        } catch (Exception e) {
            throw new IllegalStateException("could not start Kafka for the tests", e);
        }
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            throw new IllegalStateException("Kafka is not started; annotate the test with @WithTestResource(RectifyTestResource.class)");
        }
        return kafka.bootstrapServers();
    }
}
