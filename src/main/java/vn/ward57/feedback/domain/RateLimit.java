package vn.ward57.feedback.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N public submissions per client address in any hour, kept in memory: a restart forgets them,
 * which is acceptable for a form that only guards against floods. Old stamps are pruned on each call.
 */
@Component
class RateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> stamps = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    RateLimit(@Value("${ward57.feedback.public-per-hour:5}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    RateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    int perHour() {
        return perHour;
    }

    /** Counts a submission from the address; false when it already made N in the last hour. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = stamps.computeIfAbsent(address == null ? "?" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets every address (tests). */
    void clear() {
        stamps.clear();
    }
}
