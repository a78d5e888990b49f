package dev.faqbot.insights;

import dev.faqbot.insights.InsightsRepository.DailyCount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds what staff see, for the command, the endpoint and the staff page alike: reply counts, their trend per day and
 * the top unanswered questions of the last N days (UTC), grouped by similar wording.
 */
public class InsightsReport {

    /** Most recent questions considered for grouping; bounds the work of one report. */
    static final int MAX_QUESTIONS = 20_000;
    static final int DEFAULT_TOP = 20;
    static final int MAX_TOP = 500;
    static final int TOP_INTENTS = 10;

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

    /**
     * Replies per day by type (every day of the period, zeros included), the most answered intents and the top
     * unanswered question groups; {@code days} and {@code top} are clamped as in {@link #summarise}.
     */
    public Trends trends(int days, int top) {
        Summary summary = summarise(days, top);
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (LocalDate day = summary.from(); !day.isAfter(summary.to()); day = day.plusDays(1)) {
            byDay.put(day, new TreeMap<>());
        }
        Map<String, Long> answered = new HashMap<>();
        for (DailyCount count : repository.dailyCounts(summary.from())) {
            byDay.computeIfAbsent(count.day(), d -> new TreeMap<>()).merge(count.replyType(), count.turns(), Long::sum);
            if ("answer".equals(count.replyType()) && count.intent() != null) {
                answered.merge(count.intent(), count.turns(), Long::sum);
            }
        }
        List<Day> perDay = byDay.entrySet().stream().map(e -> Day.of(e.getKey(), e.getValue())).toList();
        List<IntentCount> topIntents = answered.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_INTENTS)
                .map(e -> new IntentCount(e.getKey(), e.getValue()))
                .toList();
        return new Trends(summary.days(), summary.from(), summary.to(), summary.textStored(), perDay, topIntents,
                summary.unanswered());
    }

    public int defaultDays() {
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

    /**
     * The trend of the last {@code days} days.
     *
     * @param textStored whether question text is being stored at present (store-text); without it {@code unanswered} is empty
     * @param perDay every day of the period, oldest first
     * @param topIntents the most answered intents, most first
     */
    public record Trends(int days, LocalDate from, LocalDate to, boolean textStored, List<Day> perDay,
                         List<IntentCount> topIntents, List<QuestionGroup> unanswered) {
    }

    /**
     * One day's replies by type (crisis replies are a count like any other) and its fallback rate: fallbacks among all
     * replies but errors, 0 on a day without replies.
     */
    public record Day(LocalDate day, Map<String, Long> replies, double fallbackRate) {

        static Day of(LocalDate day, Map<String, Long> replies) {
            long asked = replies.entrySet().stream().filter(e -> !"error".equals(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            double rate = asked == 0 ? 0 : (double) replies.getOrDefault("fallback", 0L) / asked;
            return new Day(day, new LinkedHashMap<>(replies), rate);
        }
    }

    /** How many answers one intent gave. */
    public record IntentCount(String intent, long replies) {
    }
}
