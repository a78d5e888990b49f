package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever the live rules do, the built-in floor still screens the message. */
class LiveCrisisScreenTests {

    private final CrisisScreen floor = new PhraseCrisisScreen(CrisisRules.builtIn());

    @Test
    void brokenLiveRulesFallBackToTheFloor() {
        LiveCrisisScreen screen = new LiveCrisisScreen();
        screen.swap((message, earlier) -> {
            throw new IllegalStateException("broken rules");
        });
        long fallbacks = ScreeningFallbacks.count();

        assertThat(screen.screen("i want to end my life", List.of())).isPresent();
        assertThat(screen.screen("how much does an infusion cost", List.of())).isEmpty();
        assertThat(ScreeningFallbacks.count()).as("each fallback is counted").isEqualTo(fallbacks + 2);
    }

    @Test
    void aPatternThatOverflowsTheStackStillGetsScreened() {
        LiveCrisisScreen screen = new LiveCrisisScreen();
        screen.swap((message, earlier) -> {
            throw new StackOverflowError();
        });

        assertThat(screen.screen("kms tonight", List.of())).isPresent();
    }

    @Test
    void swappedRulesServeTheNextMessage() {
        LiveCrisisScreen screen = new LiveCrisisScreen();
        screen.swap((message, earlier) -> Optional.empty());
        assertThat(screen.screen("i want to end my life", List.of())).isEmpty();

        screen.swap(floor);

        assertThat(screen.screen("i want to end my life", List.of())).isPresent();
    }

    @Test
    void beforeItsRulesAreLoadedItScreensWithTheFloor() {
        LiveCrisisScreen screen = new LiveCrisisScreen();

        assertThat(screen.screen("i want to end my life", List.of())).isPresent();
        assertThat(screen.screen("how much does an infusion cost", List.of())).isEmpty();
    }
}
