package dev.faqbot.content;
import dev.faqbot.intents.IntentsProperties;


import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.nlu.ModelTrainer;
import dev.faqbot.safety.CrisisLayerTrainer;
import dev.faqbot.safety.LearnedLayerProperties;
import dev.faqbot.safety.LiveCrisisScreen;
import dev.faqbot.safety.SafetyService;
import dev.faqbot.semantic.SentenceEmbedder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.BeanFactoryInitializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The first load and hot reload of the intents folder, its health detail and the live model's facts in {@code /actuator/info}. */
@Configuration
class ContentConfiguration {

    @Bean
    IntentReloader intentReloader(IntentsProperties intents, ModelTrainer trainer, LiveModelHolder model, LiveCrisisScreen screen,
                                  CrisisLayerTrainer crisisTrainer, SafetyService safety) {
        return new IntentReloader(intents.dir(), trainer, model, screen, crisisTrainer, safety);
    }

    /** Trains the learned crisis layer beside the classifier, cached in the classifier's cache folder. */
    @Bean
    CrisisLayerTrainer crisisLayerTrainer(SentenceEmbedder embedder, ClassifierProperties classifier, LearnedLayerProperties learned) {
        String dir = classifier.cacheDir();
        return new CrisisLayerTrainer(embedder, dir == null || dir.isBlank() ? null : Path.of(dir), learned.threshold());
    }

    /** Creates the first load before the other singletons, so its work overlaps their creation. */
    @Bean
    static BeanFactoryInitializer<ListableBeanFactory> firstLoadFirst() {
        return beanFactory -> beanFactory.getBeanProvider(FirstLoad.class).ifAvailable(started -> { });
    }

    @Bean
    FirstLoad firstLoad(IntentReloader reloader, SentenceEmbedder embedder) {
        return new FirstLoad(reloader, embedder.ready());
    }

    @Bean
    @Profile("!command")
    @ConditionalOnProperty(name = "faqbot.intents.watch", havingValue = "true", matchIfMissing = true)
    IntentFolderWatcher intentFolderWatcher(IntentsProperties intents, IntentReloader reloader) {
        return new IntentFolderWatcher(intents.dir(), reloader);
    }

    /** UP while a model serves; the last reload's problems (file, line, fix) are shown as details. */
    @Bean
    HealthIndicator intents(IntentReloader reloader, LiveModelHolder model) {
        return () -> {
            IntentReloader.Status status = reloader.lastStatus();
            Health.Builder health = Health.up().withDetail("intents", model.get().catalog().intents().size())
                    .withDetail("lastReload", status.ok() ? "ok" : "rejected").withDetail("lastReloadAt", status.at().toString());
            return status.ok() ? health.build() : health.withDetail("problems", status.problems()).build();
        };
    }

    @Bean
    InfoContributor liveModelInfo(LiveModelHolder model) {
        return builder -> {
            LiveModel live = model.get();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("contentHash", live.catalog().contentHash());
            info.put("intentCount", live.catalog().intents().size());
            info.put("loadedAt", live.catalog().loadedAt().toString());
            info.put("trainingMillis", live.trainingMillis());
            builder.withDetail("model", info);
        };
    }
}
