package vn.ward57.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** The load from the JDK's HTTP client in the app's own JVM, where wrk is not installed (-Dbench.client=java). */
final class JavaClientLoad {

    private JavaClientLoad() {
    }

    /** Each client is one user sending its next request as soon as the last one answered. */
    static DashboardLoadBenchmark.Result run(List<HttpClient> clients, String url, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        long end = warmUntil + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients.size());
        long[] cpuFrom = new long[1];
        // the measured part's CPU: from the end of its two seconds of warm-up to the last answer
        Thread cpuAtStart = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Math.max(0, (warmUntil - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cpuFrom[0] = DashboardLoadBenchmark.processCpuNanos();
        });
        for (HttpClient client : clients) {
            Thread.ofVirtual().start(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
                try {
                    while (System.nanoTime() < end) {
                        long s = System.nanoTime();
                        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                        long e = System.nanoTime();
                        if (s >= warmUntil) {
                            latencies.add((e - s) / 1_000_000);
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        cpuAtStart.join();
        double cpuMs = (DashboardLoadBenchmark.processCpuNanos() - cpuFrom[0]) / 1e6;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new DashboardLoadBenchmark.Result(0, failures.get(), 0, 0, 0, 0);
        }
        return new DashboardLoadBenchmark.Result((double) sorted.size() / seconds, failures.get(), sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)), cpuMs / sorted.size(), 0);
    }
}
