package dev.faqbot;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The shared rule for tests that need an outside service (PostgreSQL, Redis), as {@code RequiresChromium} has it for
 * the browser: without the service's variable the test is reported as skipped (it counts in the totals) and one line
 * says what to install, once per run; with the matching {@code FAQBOT_REQUIRE_*=1} (CI) it fails instead.
 */
public final class RequiredService {

    private static final Set<String> told = ConcurrentHashMap.newKeySet();

    private RequiredService() {
    }

    /**
     * @param variable the environment variable naming the service (a URL)
     * @param require the variable that turns a skip into a failure
     * @param skipLine what to install, printed once
     */
    public static ConditionEvaluationResult evaluate(String variable, String require, String skipLine) {
        return evaluate(System.getenv(variable), System.getenv(require), variable, require, skipLine);
    }

    static ConditionEvaluationResult evaluate(String value, String requireValue, String variable, String require, String skipLine) {
        if (value != null && !value.isBlank()) {
            return ConditionEvaluationResult.enabled(variable + " is set");
        }
        if ("1".equals(requireValue)) {
            throw new IllegalStateException(skipLine.replace("skipped", "cannot run") + "; " + require + "=1 makes this a failure");
        }
        if (told.add(skipLine)) {
            System.err.println(skipLine);
        }
        return ConditionEvaluationResult.disabled(skipLine);
    }
}
