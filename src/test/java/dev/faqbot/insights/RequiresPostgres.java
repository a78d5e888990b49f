package dev.faqbot.insights;

import dev.faqbot.RequiredService;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test only with a PostgreSQL server to test against ({@code FAQBOT_TEST_POSTGRES_URL}); see {@link RequiredService}. */
final class RequiresPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RequiredService.evaluate(TestDatabase.POSTGRES_URL, TestDatabase.REQUIRE_POSTGRES, TestDatabase.SKIPPED);
    }
}
