package dev.faqbot.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The learned crisis layer's settings ({@code faqbot.crisis.learned.*}). It cannot be switched off, and no classifier
 * verdict takes back one of its escalations; these only tune it.
 *
 * @param threshold probability of crisis (1 - P(none)) from which the layer escalates
 * @param maxChars  characters of a message the layer reads (the floor reads everything that arrived)
 */
@ConfigurationProperties("faqbot.crisis.learned")
public record LearnedLayerProperties(@DefaultValue("0.4") double threshold, @DefaultValue("2000") int maxChars) {

    public LearnedLayerProperties {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("faqbot.crisis.learned.threshold must lie between 0 and 1 (exclusive)");
        }
        if (maxChars < 200) {
            throw new IllegalArgumentException("faqbot.crisis.learned.max-chars must be at least 200");
        }
    }
}
