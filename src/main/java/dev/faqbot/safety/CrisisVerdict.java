package dev.faqbot.safety;

import java.util.Objects;

/**
 * A crisis finding: the category, the rule that fired (for staff tools, never shown to visitors)
 * and whether the message negated the crisis wording ("I'm not suicidal but..."), in which case
 * the reply may also carry the FAQ answer after the resources.
 */
public record CrisisVerdict(CrisisCategory category, String ruleId, boolean negated) {
    public CrisisVerdict {
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(ruleId, "ruleId must not be null");
    }
}
