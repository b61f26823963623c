package vn.ward57.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves requests in the order they came, a few at a time. Every request runs on a virtual thread of
 * its own, and a virtual thread that waits (for the database, for the network) goes back into the
 * scheduler's queues in no particular order: with fifty users on two cores, a page took 70 ms for half
 * of them and 400 ms for one in a hundred. A handful at a time already keeps both cores busy; the
 * others wait here, first come first served, and every page takes about as long as the others.
 *
 * <p>A request that waits longer than {@code maxWait} goes ahead anyway: a few slow requests holding
 * their places (a large export to a slow line, an upload) never stop the rest of the app.
 */
final class RequestQueue extends OncePerRequestFilter {

    private final Semaphore places;
    private final long maxWaitNanos;

    RequestQueue(int places, Duration maxWait) {
        if (places < 1) {
            throw new IllegalArgumentException("at least one request at a time: " + places);
        }
        this.places = new Semaphore(places, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean placed;
        try {
            placed = places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for its turn", e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (placed) {
                places.release();
            }
        }
    }

    /** How many requests wait for their turn now (for tests). */
    int waiting() {
        return places.getQueueLength();
    }

    /** How many places are free now (for tests). */
    int free() {
        return places.availablePermits();
    }
}
