package dev.faqbot.content;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.ModelCache;
import dev.faqbot.nlu.TrainingSet;


import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisLayerTrainer;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.LearnedLayerProperties;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Build step ({@code prepare-package}): trains the model and the learned crisis layer for the shipped intents once
 * and puts them, with the embeddings of their training texts, in the jar's {@code model-cache/}, so a fresh install
 * with unchanged intents starts without training. The key
 * covers the training content and settings, so edited intents or settings simply train at start-up.
 */
public final class ModelPretrainer {

    private ModelPretrainer() {
    }

    /** Arguments: the intents folder and the output folder. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ClassifierProperties settings = shippedSettings();
        IntentCatalog catalog = new IntentLoader(new ClinicProperties("", "", "", "", "", "")).load(dir);
        CrisisRules rules = CrisisRules.ofIntentsFolder(dir);
        TrainingSet set = TrainingSet.of(catalog);
        SentenceEmbedder embedder = new SentenceEmbedder(1000);
        new ModelCache(out).getOrTrain(set, settings, embedder);
        double threshold = shipped("faqbot.crisis.learned", LearnedLayerProperties.class).threshold();
        new CrisisLayerTrainer(embedder, out, threshold).build(rules,
                CrisisExamplesFile.load(dir.resolve(IntentLoader.CRISIS_EXAMPLES_FILE)), catalog.ordinaryExamples());
        System.out.println("Pre-trained the model for " + catalog.intents().size() + " intents into " + out);
    }

    /** The classifier settings of the shipped application.yml, bound exactly as the application binds them. */
    public static ClassifierProperties shippedSettings() throws IOException {
        return shipped("faqbot.classifier", ClassifierProperties.class);
    }

    private static <T> T shipped(String prefix, Class<T> type) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment).bindOrCreate(prefix, type);
    }
}
