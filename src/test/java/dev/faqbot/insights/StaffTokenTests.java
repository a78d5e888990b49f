package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.insights.StaffToken.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StaffTokenTests {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final StaffToken token = new StaffToken(new InsightsProperties(false, 30, 10, "right"), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theBackOffDoublesAfterTheFreeFailuresAndARightTokenClearsIt() {
        for (int i = 0; i < StaffToken.FREE_FAILURES + 1; i++) {
            assertThat(token.check("Bearer wrong", "a").outcome()).as("try %d is heard", i + 1).isEqualTo(Outcome.REFUSED);
        }
        assertThat(token.check("Bearer right", "a").outcome()).isEqualTo(Outcome.BACKING_OFF);

        now = now.plus(Duration.ofSeconds(1));
        assertThat(token.check("Bearer wrong", "a").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(token.check("Bearer right", "a").retryAfterSeconds()).isEqualTo(2);
        assertThat(token.check("Bearer right", "b").outcome()).as("another address").isEqualTo(Outcome.ACCEPTED);

        now = now.plus(Duration.ofSeconds(2));
        assertThat(token.check("Bearer right", "a").outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(token.check("Bearer wrong", "a").outcome()).as("cleared").isEqualTo(Outcome.REFUSED);
        assertThat(token.check("Bearer wrong", "a").outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void noHeaderIsRefusedWithoutCountingAsAGuess() {
        for (int i = 0; i < 10; i++) {
            assertThat(token.check(null, "a").outcome()).isEqualTo(Outcome.REFUSED);
        }
        assertThat(token.check("Bearer right", "a").outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void withoutAConfiguredTokenNothingIsAccepted() {
        StaffToken none = new StaffToken(new InsightsProperties(false, 30, 10, " "));

        assertThat(none.check("Bearer ", "a").outcome()).isEqualTo(Outcome.NOT_CONFIGURED);
    }
}
