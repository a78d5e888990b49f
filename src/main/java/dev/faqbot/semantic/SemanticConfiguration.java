package dev.faqbot.semantic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One sentence-embedding model per application, shared by the crisis screen and the intent classifier. */
@Configuration
class SemanticConfiguration {

    @Bean
    SentenceEmbedder sentenceEmbedder(SemanticProperties settings) {
        return new SentenceEmbedder(settings.cacheSize());
    }
}
