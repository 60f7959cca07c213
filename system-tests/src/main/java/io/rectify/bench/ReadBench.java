package io.rectify.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads from C clients for a while, as fast as the service answers (closed loop), and prints the
 * rate and latency percentiles: {@code GET /complaints/{id}} of random filed cases, the first
 * list page, and the analytics (Pareto, trends, KPIs).
 */
final class ReadBench {

    private final String baseUrl;
    private final Supplier<String> token;
    private final int clients;
    private final Duration duration;

    ReadBench(String baseUrl, Supplier<String> token, int clients, Duration duration) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.clients = clients;
        this.duration = duration;
    }

    /** Both reads, one after the other, labelled with the number of cases the store holds. */
    void run(List<String> caseIds, long casesInStore) throws Exception {
        System.out.printf("%nreads with %,d cases in the store (%d clients, %d s each)%n", casesInStore, clients,
                duration.toSeconds());
        measure("GET /complaints/{id}", () -> "/complaints/" + caseIds.get(ThreadLocalRandom.current().nextInt(caseIds.size())));
        measure("GET /complaints?size=20", () -> "/complaints?size=20");
        // the quality team's questions over the last 90 days (the default period), which hold every case filed or loaded
        measure("GET /analytics/pareto?by=part", () -> "/analytics/pareto?by=part");
        measure("GET /analytics/pareto?by=occurrence-cause", () -> "/analytics/pareto?by=occurrence-cause");
        measure("GET /analytics/trends?interval=week", () -> "/analytics/trends?interval=week");
        measure("GET /analytics/kpis", () -> "/analytics/kpis");
        measure("GET /analytics/pareto/cases?by=occurrence-cause&key=MACHINE", () -> "/analytics/pareto/cases?by=occurrence-cause&key=MACHINE");
        // one customer's cases (2,000 of the bulk load's): read from the cases through the customer's index, not the sums
        measure("GET /analytics/kpis?customerId=BULK-7", () -> "/analytics/kpis?customerId=BULK-7");
        measure("GET /analytics/pareto?by=part&customerId=BULK-7", () -> "/analytics/pareto?by=part&customerId=BULK-7");
    }

    private void measure(String label, Supplier<String> path) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        Clients.run(clients, () -> {
            while (System.nanoTime() < until) {
                long begin = System.nanoTime();
                try {
                    read(path.get());
                    millis.add((System.nanoTime() - begin) / 1e6);
                } catch (IOException e) {
                    if (failures.incrementAndGet() <= 3) {
                        System.err.println("  read failed: " + e.getMessage());
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] all = millis.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("  %-40s %7.0f/s  %s%s%n", label, all.length / seconds, Percentiles.of(all).format(),
                failures.get() == 0 ? "" : "   " + failures.get() + " FAILED");
    }

    private void read(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty("Authorization", "Bearer " + token.get());
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        if (status != 200) {
            throw new IOException("HTTP " + status + " for " + path);
        }
    }
}
