package io.rectify.eventsourcing.watch;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Function;

/**
 * One round of a scheduled watch over a read model: the rows whose next due time has passed,
 * earliest first and at most {@link #ROUND} of them, each handed to its aggregate in a
 * transaction of its own. The aggregate decides what is due, so a round that runs twice or on
 * several instances changes nothing; one row that fails is logged and tried again next round,
 * and never holds up the others.
 *
 * @param <E> the read-model entity; {@code dueAttribute} is the time (or date) it is next due at
 */
public final class DueWatch<E> {

    /** Rows one round handles; the rest are next round's. */
    public static final int ROUND = 200;

    private static final Logger LOG = Logger.getLogger(DueWatch.class);

    private final String name;
    private final Class<E> entity;
    private final String dueAttribute;
    private final Function<E, String> describe;

    private DueWatch(String name, Class<E> entity, String dueAttribute, Function<E, String> describe) {
        this.name = name;
        this.entity = entity;
        this.dueAttribute = dueAttribute;
        this.describe = describe;
    }

    /**
     * @param name     for the log, e.g. "deadline watch"
     * @param describe names a row in the log, e.g. by its reference
     */
    public static <E> DueWatch<E> over(String name, Class<E> entity, String dueAttribute, Function<E, String> describe) {
        return new DueWatch<>(name, entity, dueAttribute, describe);
    }

    /** Hands every row due before {@code now} to {@code handle}, one after the other. */
    public Uni<Void> round(Object now, Function<E, Uni<Void>> handle) {
        return due(now).chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> handle.apply(row)
                                .onFailure().recoverWithItem(failure -> {
                                    LOG.warnf("%s: %s not updated now (%s); next round tries again", name,
                                            describe.apply(row), failure.getMessage());
                                    return null;
                                }))
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<List<E>> due(Object now) {
        String query = "select e from " + entity.getSimpleName() + " e where e." + dueAttribute + " < :now order by e." + dueAttribute;
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createSelectionQuery(query, entity)
                .setParameter("now", now)
                .setMaxResults(ROUND)
                .getResultList()));
    }
}
