package dev.faqbot.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The learned crisis layer's settings ({@code faqbot.crisis.learned.*}). It cannot be switched off; these only tune it.
 *
 * @param threshold probability of crisis (1 - P(none)) from which the layer escalates
 * @param maxChars  characters of a message the layer reads (the floor reads everything that arrived)
 * @param yieldBelow        a verdict of the layer on the message alone below this probability gives way when the
 *                          classifier is at least {@code yieldToAnswerFrom} sure the message is one FAQ question
 *                          (0 = never gives way); the floor and the conversation's context never give way
 * @param yieldToAnswerFrom the classifier's confidence in its answer from which such a verdict gives way
 */
@ConfigurationProperties("faqbot.crisis.learned")
public record LearnedLayerProperties(@DefaultValue("0.4") double threshold, @DefaultValue("2000") int maxChars,
                                     @DefaultValue("0.95") double yieldBelow, @DefaultValue("0.97") double yieldToAnswerFrom) {

    public LearnedLayerProperties {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("faqbot.crisis.learned.threshold must lie between 0 and 1 (exclusive)");
        }
        if (yieldBelow < 0 || yieldBelow > 1 || yieldToAnswerFrom <= 0.5 || yieldToAnswerFrom > 1) {
            throw new IllegalArgumentException("faqbot.crisis.learned.yield-below must lie between 0 and 1 and "
                    + "faqbot.crisis.learned.yield-to-answer-from between 0.5 (exclusive) and 1");
        }
        if (maxChars < 200) {
            throw new IllegalArgumentException("faqbot.crisis.learned.max-chars must be at least 200");
        }
    }
}
