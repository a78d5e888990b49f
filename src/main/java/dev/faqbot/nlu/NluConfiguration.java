package dev.faqbot.nlu;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.semantic.SentenceEmbedder;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The classifier's parts: intent loading, training (with its cache), the live model and the decision rules. */
@Configuration
class NluConfiguration {

    @Bean
    IntentLoader intentLoader(ClinicAnswers clinic) {
        return new IntentLoader(clinic);
    }

    @Bean
    ModelTrainer modelTrainer(IntentLoader loader, ClassifierProperties settings, SentenceEmbedder embedder) {
        String cacheDir = settings.cacheDir();
        return new ModelTrainer(loader, settings, new ModelCache(cacheDir == null || cacheDir.isBlank() ? null : Path.of(cacheDir)), embedder);
    }

    /** Filled by the intents' first load, which runs while the rest of the application starts. */
    @Bean
    LiveModelHolder liveModel() {
        return new LiveModelHolder();
    }

    @Bean
    IntentDecider intentDecider(ClassifierProperties settings) {
        return new IntentDecider(settings);
    }
}
