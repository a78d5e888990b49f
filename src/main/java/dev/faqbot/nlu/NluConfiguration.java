package dev.faqbot.nlu;

import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.safety.CrisisRules;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the intents folder and trains the first live model at start-up; an invalid folder stops start-up. */
@Configuration
class NluConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

    @Bean
    IntentLoader intentLoader(ClinicProperties clinic) {
        return new IntentLoader(clinic);
    }

    @Bean
    ModelTrainer modelTrainer(IntentLoader loader, ClassifierProperties settings) {
        String cacheDir = settings.cacheDir();
        return new ModelTrainer(loader, settings, new ModelCache(cacheDir == null || cacheDir.isBlank() ? null : Path.of(cacheDir)));
    }

    @Bean
    LiveModelHolder liveModel(ModelTrainer trainer, IntentsProperties intents, CrisisRules crisisRules) {
        LiveModel model = trainer.build(intents.dir(), crisisRules);
        IntentCatalog catalog = model.catalog();
        log.info("Serving {} intents, model ready in {} ms (content {})", catalog.intents().size(), model.trainingMillis(),
                catalog.contentHash().substring(0, 12));
        return new LiveModelHolder(model);
    }

    @Bean
    IntentDecider intentDecider(ClassifierProperties settings) {
        return new IntentDecider(settings);
    }
}
