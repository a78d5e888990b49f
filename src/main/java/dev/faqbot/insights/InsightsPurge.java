package dev.faqbot.insights;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Enforces {@code faqbot.insights.retention-days}: shortly after start-up and then every hour,
 * deletes counts and questions from days older than the retention period (UTC days).
 */
class InsightsPurge {

    private static final Logger log = LoggerFactory.getLogger(InsightsPurge.class);

    private final InsightsRepository repository;
    private final int retentionDays;
    private final Clock clock;

    InsightsPurge(InsightsRepository repository, InsightsProperties properties, Clock clock) {
        this.repository = repository;
        this.retentionDays = properties.retentionDays();
        this.clock = clock;
    }

    /** Deletes what is older than the retention period; returns the number of rows deleted. */
    @Scheduled(initialDelayString = "${faqbot.insights.purge-initial-delay:PT1M}",
            fixedDelayString = "${faqbot.insights.purge-interval:PT1H}")
    int purge() {
        LocalDate oldestKept = LocalDate.now(clock).minusDays(retentionDays - 1L);
        try {
            int deleted = repository.purgeBefore(oldestKept);
            if (deleted > 0) {
                log.info("Insights purge deleted {} rows older than {}", deleted, oldestKept);
            }
            return deleted;
        } catch (RuntimeException e) {
            log.warn("Insights purge failed: {}", e.getClass().getSimpleName());
            return 0;
        }
    }
}
