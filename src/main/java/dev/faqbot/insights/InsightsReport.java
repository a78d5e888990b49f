package dev.faqbot.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds what staff see, for the command and the endpoint alike: reply counts and the top
 * unanswered questions of the last N days (UTC), grouped by similar wording.
 */
class InsightsReport {

    /** Most recent questions considered for grouping; bounds the work of one report. */
    static final int MAX_QUESTIONS = 20_000;
    static final int DEFAULT_TOP = 20;
    static final int MAX_TOP = 500;

    private final InsightsRepository repository;
    private final InsightsProperties properties;
    private final Clock clock;
    private final QuestionGrouper grouper = new QuestionGrouper();

    InsightsReport(InsightsRepository repository, InsightsProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** Builds the report; {@code days} is clamped to 1..retention-days, {@code top} to 1..{@value #MAX_TOP}. */
    Summary summarise(int days, int top) {
        int period = Math.max(1, Math.min(days, properties.retentionDays()));
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(period - 1L);
        List<QuestionGroup> groups = grouper.group(repository.questionsSince(from, MAX_QUESTIONS), Math.max(1, Math.min(top, MAX_TOP)));
        return new Summary(period, from, to, properties.storeText(), repository.countsByReplyType(from), groups);
    }

    int defaultDays() {
        return properties.retentionDays();
    }

    /**
     * A report over {@code days} days from {@code from} to {@code to}, both included.
     *
     * @param textStored whether question text is being stored at present (store-text)
     * @param replies replies per reply type
     * @param unanswered the top groups of fallback and clarify questions
     */
    record Summary(int days, LocalDate from, LocalDate to, boolean textStored, Map<String, Long> replies,
                   List<QuestionGroup> unanswered) {
    }
}
