package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** The browser tests skip with one clear line where Chromium is missing, and fail instead when CI requires them. */
class RequiresChromiumTests {

    private static final Path NOWHERE = Path.of("/nonexistent/chromium");
    private static final Path SHELL = Path.of("/bin/sh");

    @Test
    void skipsNamingTheDebianPackagesWhenTheBrowserIsMissing() {
        ConditionEvaluationResult result = RequiresChromium.evaluate(NOWHERE, SHELL, null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue(
                "Browser tests skipped: install Debian packages chromium and chromium-driver (missing /nonexistent/chromium)");
    }

    @Test
    void failsWhenTheBrowserIsRequired() {
        assertThatIllegalStateException()
                .isThrownBy(() -> RequiresChromium.evaluate(SHELL, NOWHERE, "1"))
                .withMessageContaining("install Debian packages chromium and chromium-driver")
                .withMessageContaining("FAQBOT_REQUIRE_BROWSER=1");
    }

    @Test
    void runsWhenBothAreInstalled() {
        assertThat(RequiresChromium.evaluate(SHELL, SHELL, "1").isDisabled()).isFalse();
    }
}
