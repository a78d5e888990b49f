package dev.faqbot.clinic;

/**
 * What this deployment keeps about conversations, as the privacy answer must state it: whether the (redacted) text
 * of unanswered questions is stored and for how many days insights are kept. Supplied by the insights feature from
 * its real settings.
 */
public record PrivacyFacts(boolean storesUnansweredText, int retentionDays) {

    public PrivacyFacts {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, was " + retentionDays);
        }
    }

    /** When the deployment's settings are not known: claims the most storage (never less than a deployment could keep). */
    public static PrivacyFacts unknown() {
        return new PrivacyFacts(true, 30);
    }
}
