package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The repository contract on a real PostgreSQL server: {@code FAQBOT_TEST_POSTGRES_URL} (plus
 * {@code FAQBOT_TEST_POSTGRES_USER}, {@code FAQBOT_TEST_POSTGRES_PASSWORD}), as printed by
 * {@code .ci/postgres.sh}. Skipped with one line when unset (counted as skipped), a failure with {@code FAQBOT_REQUIRE_POSTGRES=1}.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresInsightsRepositoryTests extends InsightsRepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void connect() {
        database = TestDatabase.postgres(System.getenv(TestDatabase.POSTGRES_URL));
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
