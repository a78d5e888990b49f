package dev.faqbot.safety;

import java.util.Objects;

/**
 * A crisis finding: the category, the rule that fired (for staff tools, never shown to visitors), whether the
 * message negated the crisis wording ("I'm not suicidal but..."), in which case the reply may also carry the FAQ
 * answer after the resources, which layer decided and how sure it was (1 for the floor, the layer's probability of
 * crisis for the learned layer).
 */
public record CrisisVerdict(CrisisCategory category, String ruleId, boolean negated, Layer layer, double probability) {

    /** Which layer of the screen decided. */
    public enum Layer { FLOOR, LEARNED, LEARNED_CONTEXT }

    public CrisisVerdict {
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(layer, "layer must not be null");
    }

    /** A finding of the deterministic floor. */
    public CrisisVerdict(CrisisCategory category, String ruleId, boolean negated) {
        this(category, ruleId, negated, Layer.FLOOR, 1.0);
    }
}
