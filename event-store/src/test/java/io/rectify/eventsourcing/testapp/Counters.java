package io.rectify.eventsourcing.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.CommandResult;
import io.rectify.eventsourcing.command.Decider;
import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Runs counter commands through the shared command executor, as a service's use cases do, and waits for them. */
@ApplicationScoped
public class Counters {

    private final CommandExecutor executor;
    private final CounterAggregate aggregate;
    private final ServiceIdentity identity;
    private final EventStore store;

    public Counters(CommandExecutor executor, CounterAggregate aggregate, ServiceIdentity identity, EventStore store) {
        this.executor = executor;
        this.aggregate = aggregate;
        this.identity = identity;
        this.store = store;
    }

    /** Given: a counter opened and counted {@code counts} times, one command each. */
    public UUID given(int... counts) {
        UUID id = UUID.randomUUID();
        open(id);
        for (int by : counts) {
            count(id, ExpectedVersion.latest(), by);
        }
        return id;
    }

    public CommandResult<Counter> open(UUID id) {
        return await(() -> executor.create(aggregate, id, identity.own(), Decider.<Counter, CounterEvent>pure(Counter::opening)));
    }

    public CommandResult<Counter> count(UUID id, ExpectedVersion expected, int by) {
        return await(() -> countAsync(id, expected, by));
    }

    public Uni<CommandResult<Counter>> countAsync(UUID id, ExpectedVersion expected, int by) {
        return executor.execute(aggregate, id, expected, identity.own(), Decider.pure(counter -> Counter.counting(counter, by)));
    }

    public List<RecordedEvent> events(UUID id) {
        return await(() -> Panache.withSession(() -> store.readStream(id)));
    }

    public CounterView view(UUID id) {
        return await(() -> Panache.withSession(() -> CounterView.<CounterView>findById(id)));
    }

    /**
     * Runs {@code n} pieces of work at once, each on a Vert.x context of its own (as concurrent
     * requests are), and answers each one's result or failure, in order.
     */
    public static List<Object> concurrently(int n, java.util.function.IntFunction<Uni<?>> work) {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(Math.min(n, 16));
        try {
            List<java.util.concurrent.Future<Object>> running = java.util.stream.IntStream.range(0, n)
                    .mapToObj(i -> threads.submit(() -> {
                        try {
                            return (Object) await(() -> work.apply(i).map(done -> (Object) done));
                        } catch (RuntimeException e) {
                            return e;
                        }
                    }))
                    .toList();
            List<Object> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Object> one : running) {
                outcomes.add(one.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs {@code work} on a Vert.x context, where the reactive session lives, and waits for it. */
    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
