package vn.ward57.user.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Failed logins, counted per client address, per name from that address, and per name from
 * anywhere, in memory: a few failures are free, then each further try must wait twice as long as
 * the last (1 s, 2 s, 4 s … up to {@link #MAX_WAIT}); a try made too early fails and so doubles
 * the wait. There is no lock: a name that someone else hammers still logs in from an address that
 * has not failed on it, so nobody can lock an account out. When a name has failed often from
 * other addresses, an address gets no free failure on it: a guesser spread over many addresses
 * gets one try per address. Names are counted whether or not an account has them, so the answer
 * never tells which names exist.
 */
class LoginAttempts {

    private static final int MAX_NAME_KEY = 64;

    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Failures an address may make, on any names, before it waits (an office behind one address). */
    static final int FREE_PER_ADDRESS = 10;
    /** Failures on one name from one address before that address waits for it. */
    static final int FREE_PER_NAME = 3;
    /** Failures on one name from other addresses after which an address gets no free failure on it. */
    static final int NAME_UNDER_ATTACK = 10;

    /** How many failures, and when the last one was. */
    record Failures(int count, Instant last) {

        Failures after(Instant now) {
            return new Failures(count + 1, now);
        }

        /** When the next try may be made, given the failures that are free. */
        Instant nextTry(int free) {
            if (count <= free) {
                return Instant.MIN;
            }
            int doublings = Math.min(count - free - 1, 20);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return last.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        }
    }

    private final Clock clock;
    // Caffeine rather than Spring's Cache: the counts are updated atomically per key (asMap().merge);
    // the size bound keeps a flood of made-up names or addresses from growing the heap.
    private final Cache<String, Failures> byAddress;
    private final Cache<String, Failures> byNameAndAddress;
    private final Cache<String, Failures> byName;

    LoginAttempts(Clock clock, Duration forgetAfter, long maxEntries) {
        this.clock = clock;
        this.byAddress = cache(forgetAfter, maxEntries);
        this.byNameAndAddress = cache(forgetAfter, maxEntries);
        this.byName = cache(forgetAfter, maxEntries);
    }

    private Cache<String, Failures> cache(Duration forgetAfter, long maxEntries) {
        return Caffeine.newBuilder().ticker(this::nanos).expireAfterWrite(forgetAfter).maximumSize(maxEntries).build();
    }

    /** The clock's time for Caffeine, so that forgetting follows the same clock as the waits. */
    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Whether a try of the name from the address must wait (it is then refused unchecked). */
    boolean mustWait(String name, String address) {
        Instant now = clock.instant();
        Failures fromAddress = byAddress.getIfPresent(address(address));
        if (fromAddress != null && now.isBefore(fromAddress.nextTry(FREE_PER_ADDRESS))) {
            return true;
        }
        Failures pair = byNameAndAddress.getIfPresent(pair(name, address));
        if (pair == null) {
            return false;
        }
        Failures onName = byName.getIfPresent(name(name));
        boolean fromElsewhere = onName != null && onName.count() - pair.count() >= NAME_UNDER_ATTACK;
        int free = fromElsewhere ? 0 : FREE_PER_NAME;
        return now.isBefore(pair.nextTry(free));
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        Failures first = new Failures(1, now);
        byAddress.asMap().merge(address(address), first, (old, x) -> old.after(now));
        byNameAndAddress.asMap().merge(pair(name, address), first, (old, x) -> old.after(now));
        byName.asMap().merge(name(name), first, (old, x) -> old.after(now));
    }

    /**
     * The right password from the address: its failures on that name are forgotten. Those of the
     * address on other names and those of the name from elsewhere stay, or a guesser could clear
     * its own count by logging in to an account of its own in between.
     */
    void succeeded(String name, String address) {
        byNameAndAddress.invalidate(pair(name, address));
    }

    private static String address(String address) {
        return address == null ? "?" : address;
    }

    /** Cut to a little over the longest username, so that made-up names of any length cost little memory. */
    private static String name(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.length() > MAX_NAME_KEY ? n.substring(0, MAX_NAME_KEY) : n;
    }

    private static String pair(String name, String address) {
        return name(name) + '\n' + address(address);
    }
}
