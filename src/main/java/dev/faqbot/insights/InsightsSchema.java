package dev.faqbot.insights;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the insights database on its first use instead of during start-up, so the chat opens without waiting
 * for the database and keeps answering when it is down: insights are written by a background thread, and a
 * failed migration is tried again on the next use. Spring Boot's Flyway settings ({@code spring.flyway.*}) apply;
 * with {@code spring.flyway.enabled=false} the schema is taken as managed elsewhere.
 */
final class InsightsSchema implements FlywayMigrationStrategy {

    private volatile Flyway flyway;
    private volatile boolean migrated;

    /** Called by Spring Boot at start-up with the configured Flyway: keeps it for the first use. */
    @Override
    public void migrate(Flyway configured) {
        this.flyway = configured;
    }

    /** Runs the migration unless it already ran; throws when the database cannot be reached or migrated. */
    void ensureMigrated() {
        if (migrated) {
            return;
        }
        synchronized (this) {
            Flyway pending = flyway;
            if (!migrated && pending != null) {
                pending.migrate();
            }
            migrated = true;
        }
    }
}
