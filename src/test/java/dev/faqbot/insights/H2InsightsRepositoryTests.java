package dev.faqbot.insights;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on the embedded H2 database, the default. */
class H2InsightsRepositoryTests extends InsightsRepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
