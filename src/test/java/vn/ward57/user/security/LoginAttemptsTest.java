package vn.ward57.user.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The growing waits of failed logins, on a clock the test moves. */
class LoginAttemptsTest {

    private final MovingClock clock = new MovingClock();
    private final LoginAttempts attempts = new LoginAttempts(clock, Duration.ofHours(1), 10_000);

    @Test
    void afterAFewFreeFailuresEachFurtherTryWaitsTwiceAsLongUpToFiveMinutes() {
        fail("canbo.anhai", "203.0.113.1", LoginAttempts.FREE_PER_NAME);
        assertThat(attempts.mustWait("canbo.anhai", "203.0.113.1")).isFalse();
        long[] waits = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : waits) {
            attempts.failed("canbo.anhai", "203.0.113.1");
            clock.move(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(attempts.mustWait("canbo.anhai", "203.0.113.1")).as("before %d s", seconds).isTrue();
            assertThat(attempts.mustWait("CanBo.AnHai ", "203.0.113.1")).as("the name as typed").isTrue();
            clock.move(Duration.ofMillis(1));
            assertThat(attempts.mustWait("canbo.anhai", "203.0.113.1")).as("after %d s", seconds).isFalse();
        }
    }

    @Test
    void anotherAddressStillTriesTheNameAndTheRightPasswordForgetsTheAddressFailures() {
        fail("admin", "203.0.113.2", 8);
        assertThat(attempts.mustWait("admin", "203.0.113.2")).isTrue();
        assertThat(attempts.mustWait("admin", "198.51.100.9")).isFalse();
        assertThat(attempts.mustWait("lanhdao.anhai", "203.0.113.2")).as("other names from it").isFalse();
        attempts.succeeded("admin", "198.51.100.9");
        assertThat(attempts.mustWait("admin", "203.0.113.2")).as("someone else's success").isTrue();
        clock.move(LoginAttempts.MAX_WAIT);
        attempts.succeeded("admin", "203.0.113.2");
        attempts.failed("admin", "203.0.113.2");
        assertThat(attempts.mustWait("admin", "203.0.113.2")).isFalse();
    }

    @Test
    void oneAddressTryingManyNamesWaitsAfterItsFreeFailures() {
        for (int i = 0; i <= LoginAttempts.FREE_PER_ADDRESS; i++) {
            assertThat(attempts.mustWait("ten" + i, "203.0.113.3")).isFalse();
            attempts.failed("ten" + i, "203.0.113.3");
        }
        assertThat(attempts.mustWait("khong-co-ai", "203.0.113.3")).isTrue();
        assertThat(attempts.mustWait("khong-co-ai", "203.0.113.4")).isFalse();
        clock.move(Duration.ofSeconds(1));
        assertThat(attempts.mustWait("khong-co-ai", "203.0.113.3")).isFalse();
    }

    /** Guessing spread over many addresses: each gets one free try on the name, none after its failure. */
    @Test
    void aNameFailingFromManyAddressesLeavesEachOneTryButNoneLockedOut() {
        for (int i = 0; i <= LoginAttempts.NAME_UNDER_ATTACK; i++) {
            attempts.failed("admin", "198.51.100." + i);
        }
        assertThat(attempts.mustWait("admin", "198.51.100.1")).isTrue();
        assertThat(attempts.mustWait("admin", "192.0.2.77")).as("an address that has not failed").isFalse();
        attempts.failed("admin", "192.0.2.77");
        assertThat(attempts.mustWait("admin", "192.0.2.77")).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(attempts.mustWait("admin", "192.0.2.77")).isFalse();
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        fail("canbo.anhai", "203.0.113.5", 12);
        clock.move(Duration.ofMinutes(59));
        attempts.failed("canbo.anhai", "203.0.113.5");
        assertThat(attempts.mustWait("canbo.anhai", "203.0.113.5")).isTrue();
        clock.move(Duration.ofMinutes(61));
        attempts.failed("canbo.anhai", "203.0.113.5");
        assertThat(attempts.mustWait("canbo.anhai", "203.0.113.5")).as("a first failure again").isFalse();
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(name, address);
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-06-06T08:00:00Z");

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
