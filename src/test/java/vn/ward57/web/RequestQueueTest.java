package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestQueueTest {

    private final List<String> served = new CopyOnWriteArrayList<>();

    @Test
    void requestsBeyondThePlacesWaitAndAreServedInTheOrderTheyCame() throws Exception {
        RequestQueue queue = new RequestQueue(1, Duration.ofSeconds(30));
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread first = servedAndHeld(queue, "first", firstMayFinish);
        Thread second = request(queue, "second", null);
        awaitWaiting(queue, 1);
        Thread third = request(queue, "third", null);
        awaitWaiting(queue, 2);
        assertThat(served).containsExactly("first");

        finish(firstMayFinish, first, second, third);
        assertThat(served).containsExactly("first", "second", "third");
        assertThat(queue.waiting()).isZero();
        assertThat(queue.free()).isEqualTo(1);
    }

    @Test
    void twoPlacesServeTwoRequestsAtOnce() throws Exception {
        RequestQueue queue = new RequestQueue(2, Duration.ofSeconds(30));
        CountDownLatch mayFinish = new CountDownLatch(1);
        Thread a = request(queue, "a", mayFinish);
        Thread b = request(queue, "b", mayFinish);
        awaitServed("a", "b");
        Thread c = request(queue, "c", null);
        awaitWaiting(queue, 1);
        finish(mayFinish, a, b, c);
        assertThat(served).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aRequestThatWaitedTheLongestWaitGoesAheadWithoutAPlace() throws Exception {
        RequestQueue queue = new RequestQueue(1, Duration.ofMillis(100));
        CountDownLatch slowMayFinish = new CountDownLatch(1);
        Thread slow = servedAndHeld(queue, "slow export", slowMayFinish);
        long start = System.nanoTime();
        Thread page = request(queue, "page", null);
        page.join(5_000);
        assertThat(served).containsExactly("slow export", "page");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        slowMayFinish.countDown();
        slow.join(5_000);
        // the slow one gave its place back; the page that went ahead had none to give
        assertThat(queue.free()).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsGivesItsPlaceBack() throws Exception {
        RequestQueue queue = new RequestQueue(1, Duration.ofSeconds(30));
        FilterChain failing = (req, resp) -> {
            throw new IllegalStateException("lỗi");
        };
        assertThatThrownBy(() -> queue.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), failing))
                .isInstanceOf(IllegalStateException.class);
        Thread after = request(queue, "after", null);
        after.join(5_000);
        assertThat(served).containsExactly("after"); // it did not wait the 30 s
    }

    /** Lets the held requests finish and waits for all of them. */
    private static void finish(CountDownLatch held, Thread... requests) throws InterruptedException {
        held.countDown();
        for (Thread t : requests) {
            t.join(5_000);
        }
    }

    /** A request that is served and holds its place until {@code mayFinish}. */
    private Thread servedAndHeld(RequestQueue queue, String name, CountDownLatch mayFinish) throws InterruptedException {
        Thread t = request(queue, name, mayFinish);
        awaitServed(name);
        return t;
    }

    /** A request on a virtual thread of its own; its chain notes it was served, then waits for the latch. */
    private Thread request(RequestQueue queue, String name, CountDownLatch mayFinish) {
        FilterChain chain = (req, resp) -> {
            served.add(name);
            if (mayFinish != null) {
                try {
                    mayFinish.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return Thread.ofVirtual().start(() -> {
            try {
                queue.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitServed(String... names) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!served.containsAll(List.of(names)) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(served).contains(names);
    }

    private static void awaitWaiting(RequestQueue queue, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queue.waiting() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(queue.waiting()).isEqualTo(count);
    }
}
