package dev.faqbot.system;

import dev.faqbot.RequiredService;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test only with a Redis server to test against ({@code FAQBOT_TEST_REDIS_URL}); see {@link RequiredService}. */
final class RequiresRedis implements ExecutionCondition {

    static final String SKIPPED = "Redis rate-limit test skipped: install Debian's redis-server and run eval \"$(.ci/redis.sh)\"";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredService.evaluate("FAQBOT_TEST_REDIS_URL", "FAQBOT_REQUIRE_REDIS", SKIPPED);
    }
}
