package dev.faqbot.nlu;

import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisRules;
import java.nio.file.Path;

/**
 * Loads and validates an intents folder and trains a model from it (or takes the cached model trained from
 * exactly the same content): one step for start-up and reload alike.
 */
public class ModelTrainer {

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
     * @throws dev.faqbot.safety.CrisisRulesException when the crisis examples file is broken
     */
    public LiveModel build(Path dir, CrisisRules crisisRules) {
        IntentCatalog catalog = loader.load(dir);
        long start = System.nanoTime();
        TrainingSet set = trainingSet(catalog, dir, crisisRules);
        IntentModel model = cache.getOrTrain(set, settings, () -> IntentModel.train(set, settings));
        return new LiveModel(catalog, model, (System.nanoTime() - start) / 1_000_000);
    }

    /** Everything the classifier learns from: intents, out-of-scope messages and both sources of crisis examples. */
    public static TrainingSet trainingSet(IntentCatalog catalog, Path dir, CrisisRules crisisRules) {
        return TrainingSet.of(catalog, CrisisExamplesFile.merge(crisisRules.classifierExamples(),
                CrisisExamplesFile.load(dir.resolve(IntentLoader.CRISIS_EXAMPLES_FILE))));
    }
}
