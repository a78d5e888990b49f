package dev.faqbot.nlu;

import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.semantic.SentenceEmbedder;
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
        return build(load(dir));
    }

    /**
     * Reads and validates the folder (the first half of {@link #build(Path)}).
     *
     * @throws dev.faqbot.intents.IntentValidationException when the folder breaks a rule
     */
    public IntentCatalog load(Path dir) {
        long loading = System.nanoTime();
        IntentCatalog catalog = loader.load(dir);
        log.info("Loaded {} intents in {} ms", catalog.intents().size(), (System.nanoTime() - loading) / 1_000_000);
        return catalog;
    }

    /** The model of a loaded catalog: from the cache when it was trained from the same content, else trained now. */
    public LiveModel build(IntentCatalog catalog) {
        long start = System.nanoTime();
        IntentModel model = cache.getOrTrain(TrainingSet.of(catalog), settings, embedder);
        return new LiveModel(catalog, model, (System.nanoTime() - start) / 1_000_000);
    }
}
