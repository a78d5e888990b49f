package dev.faqbot.nlu;

import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates an intents folder and trains a model from it (or takes the cached model trained from
 * exactly the same content): one step for start-up and reload alike.
 */
public class ModelTrainer {

    private static final Logger log = LoggerFactory.getLogger(ModelTrainer.class);

    private final IntentLoader loader;
    private final ClassifierProperties settings;
    private final ModelCache cache;

    public ModelTrainer(IntentLoader loader, ClassifierProperties settings, ModelCache cache) {
        this.loader = loader;
        this.settings = settings;
        this.cache = cache;
    }

    /**
     * @throws dev.faqbot.intents.IntentValidationException when the folder breaks a rule
     */
    public LiveModel build(Path dir) {
        IntentCatalog catalog = loader.load(dir);
        long start = System.nanoTime();
        TrainingSet set = TrainingSet.of(catalog);
        IntentModel model = cache.getOrTrain(set, settings, () -> {
            log.info("Training the intent model on {} examples of {} intents (no trained model for this content yet; "
                    + "the result is cached)", set.examples().size(), catalog.intents().size());
            IntentModel trained = IntentModel.train(set, settings);
            log.info("Intent model trained in {} s", (System.nanoTime() - start) / 1_000_000_000);
            return trained;
        });
        return new LiveModel(catalog, model, (System.nanoTime() - start) / 1_000_000);
    }
}
