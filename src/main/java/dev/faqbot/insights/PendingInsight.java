package dev.faqbot.insights;

import java.time.Instant;
import java.util.Objects;

/**
 * One reply waiting in the queue for the background writer. {@code text} is the visitor's raw,
 * not yet redacted text, present only when it may be stored (store-text on, fallback or clarify).
 */
record PendingInsight(Instant at, String replyType, String intent, String crisisCategory, String text, String lang) {
    PendingInsight {
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(replyType, "replyType must not be null");
    }
}
