package dev.faqbot.intents;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the curated content lives ({@code faqbot.intents.*}).
 *
 * @param dir the intents folder: {@code <id>.yml} files, {@code crisis/phrases.yml} and
 *            {@code out-of-scope/examples.yml}
 * @param suggestions intent ids offered as chips in the welcome and fallback replies
 */
@ConfigurationProperties("faqbot.intents")
public record IntentsProperties(
        @DefaultValue("intents") Path dir,
        @DefaultValue({"effects-duration", "side-effects", "cost-insurance", "book-appointment"}) List<String> suggestions) {
}
