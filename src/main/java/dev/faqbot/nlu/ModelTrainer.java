package dev.faqbot.nlu;

import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.semantic.SentenceEmbedder;
import java.nio.file.Path;

/**
 * Loads and validates an intents folder and trains a model from it (or takes the cached model trained from
 * exactly the same content): one step for start-up and reload alike.
 */
public class ModelTrainer {

    private final IntentLoader loader;
    private final ClassifierProperties settings;
    private final ModelCache cache;
    private final SentenceEmbedder embedder;

    public ModelTrainer(IntentLoader loader, ClassifierProperties settings, ModelCache cache, SentenceEmbedder embedder) {
        this.loader = loader;
        this.settings = settings;
        this.cache = cache;
        this.embedder = embedder;
    }

    /**
     * @throws dev.faqbot.intents.IntentValidationException when the folder breaks a rule
     */
    public LiveModel build(Path dir) {
        IntentCatalog catalog = loader.load(dir);
        long start = System.nanoTime();
        TrainingSet set = TrainingSet.of(catalog);
        IntentModel model = cache.getOrTrain(set, settings, embedder);
        return new LiveModel(catalog, model, (System.nanoTime() - start) / 1_000_000);
    }
}
