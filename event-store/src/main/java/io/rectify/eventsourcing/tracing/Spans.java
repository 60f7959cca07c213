package io.rectify.eventsourcing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Reactive work inside a span: current while the work runs, ended when it ends, failed when it fails. */
public final class Spans {

    private Spans() {
    }

    public static <T> Uni<T> around(Supplier<Span> starting, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Span span = starting.get();
            Scope scope = span.makeCurrent();
            Uni<T> running;
            try {
                running = work.get();
            } catch (RuntimeException e) {
                scope.close();
                end(span, e);
                throw e;
            }
            return running.onItemOrFailure().invoke((item, failure) -> {
                scope.close();
                end(span, failure);
            });
        });
    }

    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }
}
