package ru.reglament.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.reglament.access.LoginThrottledException;

/** The counting behind the login throttle, with the production defaults and a clock the test moves. */
class InMemoryLoginThrottleTest {

    private static final String OFFICE = "10.0.0.1";

    private final MovableClock clock = new MovableClock();
    private final InMemoryLoginThrottle throttle = throttle(100_000);

    @Test
    void threeFreeFailuresThenADoublingWaitThenAFifteenMinuteBlock() {
        fail("ivanov", 3);
        assertAllowed("ivanov");

        throttle.failed("ivanov", OFFICE);
        assertThat(refusal("ivanov")).isEqualTo(Duration.ofSeconds(1));
        clock.move(Duration.ofMillis(999));
        assertThat(refusal("ivanov")).isEqualTo(Duration.ofMillis(1));
        clock.move(Duration.ofMillis(1));
        assertAllowed("ivanov");

        for (long wait : new long[] {2, 4, 8, 16}) {
            throttle.failed("ivanov", OFFICE);
            assertThat(refusal("ivanov")).isEqualTo(Duration.ofSeconds(wait));
            clock.move(Duration.ofSeconds(wait));
        }
        throttle.failed("ivanov", OFFICE);
        assertThat(refusal("ivanov")).as("the 9th failure waits 32 s").isEqualTo(Duration.ofSeconds(32));
        clock.move(Duration.ofSeconds(32));
        throttle.failed("ivanov", OFFICE);
        assertThat(refusal("ivanov")).as("the 10th failure blocks").isEqualTo(Duration.ofMinutes(15));

        clock.move(Duration.ofMinutes(15));
        assertAllowed("ivanov");
        fail("ivanov", 3);
        assertAllowed("ivanov");
    }

    @Test
    void theLoginIsCountedWhateverItsCase() {
        fail("Ivanov", 2);
        fail("IVANOV", 2);
        assertThat(refusal("ivanov")).isPositive();
        assertAllowed("petrov");
    }

    @Test
    void aSuccessForgetsTheLoginsFailuresButNotTheAddresses() {
        fail("ivanov", 3);
        throttle.succeeded("ivanov", OFFICE);
        fail("ivanov", 3);
        assertAllowed("ivanov");

        for (int i = 0; i < 20; i++) throttle.failed("guess-" + i, OFFICE);
        throttle.succeeded("ivanov", OFFICE);
        throttle.failed("one-more", OFFICE);
        assertThat(refusal("someone-else", OFFICE)).as("21 failures from the office").isPositive();
    }

    @Test
    void oneAddressTryingManyLoginsIsSlowedThenBlockedButOtherAddressesAreNot() {
        for (int i = 0; i < 20; i++) throttle.failed("guess-" + i, OFFICE);
        assertAllowed("next-guess", OFFICE);
        throttle.failed("guess-20", OFFICE);
        assertThat(refusal("next-guess", OFFICE)).isEqualTo(Duration.ofSeconds(1));
        assertAllowed("next-guess", "10.0.0.2");

        for (int i = 21; i < 100; i++) {
            clock.move(Duration.ofMinutes(1));
            throttle.failed("guess-" + i, OFFICE);
        }
        assertThat(refusal("next-guess", OFFICE)).isEqualTo(Duration.ofMinutes(15));
        assertAllowed("next-guess", null);
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHourWithoutAny() {
        fail("ivanov", 4);
        clock.move(Duration.ofMinutes(15));
        fail("ivanov", 3);
        assertAllowed("ivanov");
    }

    @Test
    void aFullTableStopsCountingNewLoginsButKeepsItsBlocks() {
        InMemoryLoginThrottle small = throttle(2);
        for (int i = 0; i < 10; i++) small.failed("blocked", null);
        small.failed("other", null);
        for (int i = 0; i < 10; i++) small.failed("untracked", null);
        assertThatCode(() -> small.check("untracked", null)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(LoginThrottledException.class, () -> small.check("blocked", null)))
                .isNotNull();

        clock.move(Duration.ofMinutes(15));
        for (int i = 0; i < 10; i++) small.failed("untracked", null);
        assertThat(catchThrowableOfType(LoginThrottledException.class, () -> small.check("untracked", null)))
                .as("expired entries make room").isNotNull();
    }

    @Test
    void aLoginInTheLogHasNoLineBreaks() {
        assertThat(InMemoryLoginThrottle.printable("admin\nINFO forged line")).isEqualTo("admin?INFO forged line");
        assertThat(InMemoryLoginThrottle.printable("x".repeat(100))).hasSize(65);
    }

    private InMemoryLoginThrottle throttle(int maxTracked) {
        return new InMemoryLoginThrottle(new LoginThrottleProperties(new LoginThrottleProperties.Limits(3, 10),
                new LoginThrottleProperties.Limits(20, 100), Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofMinutes(15), maxTracked), clock);
    }

    private void fail(String login, int times) {
        for (int i = 0; i < times; i++) throttle.failed(login, "10.0.0." + (10 + i));
    }

    private void assertAllowed(String login) {
        assertAllowed(login, "10.0.0.99");
    }

    private void assertAllowed(String login, String address) {
        assertThatCode(() -> throttle.check(login, address)).doesNotThrowAnyException();
    }

    private Duration refusal(String login) {
        return refusal(login, "10.0.0.99");
    }

    private Duration refusal(String login, String address) {
        LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class,
                () -> throttle.check(login, address));
        assertThat(refused).as("attempt of %s from %s refused", login, address).isNotNull();
        return refused.retryAfter();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
