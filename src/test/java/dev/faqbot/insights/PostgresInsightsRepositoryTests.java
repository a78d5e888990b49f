package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository contract on a real PostgreSQL server: {@code FAQBOT_TEST_POSTGRES_URL} (plus
 * {@code FAQBOT_TEST_POSTGRES_USER}, {@code FAQBOT_TEST_POSTGRES_PASSWORD}), as printed by
 * {@code .ci/postgres.sh}. Skipped when unset, unless {@code FAQBOT_REQUIRE_POSTGRES=1}.
 */
class PostgresInsightsRepositoryTests extends InsightsRepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void connect() {
        String url = System.getenv(TestDatabase.POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv(TestDatabase.REQUIRE_POSTGRES))) {
                fail(TestDatabase.SKIPPED.replace("skipped", "required (FAQBOT_REQUIRE_POSTGRES=1) but FAQBOT_TEST_POSTGRES_URL is unset"));
            }
            System.out.println(TestDatabase.SKIPPED);
            Assumptions.abort(TestDatabase.SKIPPED);
        }
        database = TestDatabase.postgres(url);
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Test
    void runsOnPostgresql() {
        assertThat(database.product()).isEqualTo("PostgreSQL");
    }
}
