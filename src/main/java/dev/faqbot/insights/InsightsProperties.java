package dev.faqbot.insights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of question insights ({@code faqbot.insights.*}). Counts are always kept; the text of
 * unanswered questions only when {@code storeText} is on, redacted, and never for crisis messages.
 *
 * @param storeText keep the (redacted) text of fallback and clarify messages; off by default
 * @param retentionDays days of insights kept before the scheduled purge deletes them
 * @param queueCapacity insight records waiting for the background writer; beyond it they are dropped
 * @param token the staff bearer token of {@code GET /api/insights/unanswered}; blank = endpoint off (404)
 */
@ConfigurationProperties("faqbot.insights")
public record InsightsProperties(
        @DefaultValue("false") boolean storeText,
        @DefaultValue("30") int retentionDays,
        @DefaultValue("10000") int queueCapacity,
        String token) {

    public InsightsProperties {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("faqbot.insights.retention-days must be at least 1, was " + retentionDays);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("faqbot.insights.queue-capacity must be at least 1, was " + queueCapacity);
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    /** Whether a staff token is configured (the endpoint answers 404 without one). */
    boolean tokenConfigured() {
        return token != null;
    }

    @Override
    public String toString() {
        return "InsightsProperties[storeText=" + storeText + ", retentionDays=" + retentionDays
                + ", queueCapacity=" + queueCapacity + ", token=" + (token == null ? "none" : "***") + "]";
    }
}
