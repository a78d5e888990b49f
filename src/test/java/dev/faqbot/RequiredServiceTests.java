package dev.faqbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredServiceTests {

    private static final String LINE = "Thing tests skipped: install thing";

    @Test
    void runsWhenTheServiceIsNamed() {
        assertThat(RequiredService.evaluate("thing://x", null, "T_URL", "T_REQUIRE", LINE).isDisabled()).isFalse();
    }

    @Test
    void skipsWithTheLineWhenItIsNot() {
        assertThat(RequiredService.evaluate(null, null, "T_URL", "T_REQUIRE", LINE).getReason()).hasValue(LINE);
        assertThat(RequiredService.evaluate(" ", "0", "T_URL", "T_REQUIRE", LINE).isDisabled()).isTrue();
    }

    @Test
    void failsWhenRequired() {
        assertThatThrownBy(() -> RequiredService.evaluate(null, "1", "T_URL", "T_REQUIRE", LINE))
                .hasMessage("Thing tests cannot run: install thing; T_REQUIRE=1 makes this a failure");
    }
}
