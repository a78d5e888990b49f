package dev.faqbot.semantic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sentence-embedding model's settings ({@code faqbot.semantic.*}).
 *
 * @param cacheSize recent normalised messages whose embeddings are kept, so a repeated question is not embedded again
 */
@ConfigurationProperties("faqbot.semantic")
record SemanticProperties(@DefaultValue("20000") int cacheSize) {
}
