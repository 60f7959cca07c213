package io.rectify.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** C load-generating clients, each a thread of its own running the same work until it is done. */
final class Clients {

    /** One client's work; it decides itself when to stop (a count shared by all, or a time). */
    interface Work {
        void run() throws Exception;
    }

    private Clients() {
    }

    /** Runs {@code work} on {@code clients} threads at once and returns when every one has finished; a failure is thrown here. */
    static void run(int clients, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>(clients);
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit((Callable<Void>) () -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
