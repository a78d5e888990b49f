package dev.faqbot.safety;

import java.util.Objects;

/**
 * One crisis rule as staff see it in the {@code try} command: its stable id (e.g.
 * {@code floor:self-harm:end-my-life} or {@code file:abuse:phrase:3}), its category, where it comes from
 * ({@code built-in} or {@code phrases.yml:42}) and the phrase or pattern as written.
 */
record CrisisRule(String id, CrisisCategory category, String source, String text) {
    public CrisisRule {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /** True for the built-in floor, which no phrase file can remove. */
    public boolean builtIn() {
        return id.startsWith("floor:");
    }
}
