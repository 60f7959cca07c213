package io.rectify.eventsourcing.command;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Lets the commands of one stream take turns within this instance: each one starts when the one
 * before it has committed, so writers of one case do not race each other into optimistic
 * conflicts and retries. Commands on different streams never wait for each other, and waiting
 * holds no database connection. Races with other instances remain, and are retried as before.
 */
@ApplicationScoped
public class StreamTurns {

    private final Map<UUID, CompletableFuture<Void>> lastInLine = new ConcurrentHashMap<>();

    /** Runs {@code work} when every earlier turn on {@code streamId} has ended, however it ended. */
    public <T> Uni<T> inTurn(UUID streamId, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> before = lastInLine.put(streamId, mine);
            Uni<T> run = before == null ? work.get() : afterwards(before).chain(() -> work.get());
            return run.onTermination().invoke(() -> {
                lastInLine.remove(streamId, mine);
                mine.complete(null);
            });
        });
    }

    private static Uni<Void> afterwards(CompletableFuture<Void> before) {
        // the earlier turn ends on its own request's event loop; the session of this one belongs
        // to the context it was called on, so it resumes there
        Context context = Vertx.currentContext();
        Uni<Void> waited = Uni.createFrom().completionStage(before);
        return context == null ? waited : waited.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
