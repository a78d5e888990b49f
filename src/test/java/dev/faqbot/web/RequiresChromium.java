package dev.faqbot.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Debian's Chromium and ChromeDriver are installed. Elsewhere the
 * class is skipped with one line naming what to install, before any application context starts; with
 * {@code FAQBOT_REQUIRE_BROWSER=1} (CI) a missing browser is a failure instead.
 */
public final class RequiresChromium implements ExecutionCondition {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String SKIP_LINE = "Browser tests skipped: install Debian packages chromium and chromium-driver";

    private static final AtomicBoolean told = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(BROWSER, DRIVER, System.getenv("FAQBOT_REQUIRE_BROWSER"));
        if (result.isDisabled() && told.compareAndSet(false, true)) {
            System.err.println(result.getReason().orElse(SKIP_LINE));
        }
        return result;
    }

    static ConditionEvaluationResult evaluate(Path browser, Path driver, String requireBrowser) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(browser)) {
            missing.add(browser.toString());
        }
        if (!Files.isExecutable(driver)) {
            missing.add(driver.toString());
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
        }
        String line = SKIP_LINE + " (missing " + String.join(", ", missing) + ")";
        if ("1".equals(requireBrowser)) {
            throw new IllegalStateException(line.replace("skipped", "cannot run")
                    + "; FAQBOT_REQUIRE_BROWSER=1 makes this a failure");
        }
        return ConditionEvaluationResult.disabled(line);
    }
}
