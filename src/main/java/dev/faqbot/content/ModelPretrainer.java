package dev.faqbot.content;

import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.ModelCache;
import dev.faqbot.nlu.TrainingSet;
import dev.faqbot.safety.CrisisCategory;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisLayerTrainer;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.LearnedLayerProperties;
import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Build step ({@code prepare-package}): trains the model and the learned crisis layer for the shipped intents once
 * and puts them, with the embeddings of their training texts, in the jar's {@code model-cache/}, so a fresh install
 * with unchanged intents starts without training. The key
 * covers the training content and settings, so edited intents or settings simply train at start-up. In a build that ran
 * the tests, their cache folder already holds these models (the test contexts train the shipped intents): they are
 * copied from there instead of being trained a second time.
 */
public final class ModelPretrainer {

    private ModelPretrainer() {
    }

    /**
     * Arguments: the intents folder, the output folder and, optionally, a cache folder this build's tests trained into
     * (absent or empty when the tests were skipped).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path work = args.length > 2 && Files.isDirectory(Path.of(args[2])) ? Path.of(args[2]) : out;
        ClassifierProperties settings = shippedSettings();
        IntentCatalog catalog = new IntentLoader(new ClinicProperties("", "", "", "", "", "")).load(dir);
        CrisisRules rules = CrisisRules.ofIntentsFolder(dir);
        Map<CrisisCategory, List<String>> crisisExamples = CrisisExamplesFile.load(dir.resolve(IntentLoader.CRISIS_EXAMPLES_FILE));
        TrainingSet set = TrainingSet.of(catalog);
        SentenceEmbedder embedder = new SentenceEmbedder(1000);
        new ModelCache(work).getOrTrain(set, settings, embedder);
        new CrisisLayerTrainer(embedder, work, shippedLearnedLayer().threshold()).build(rules, crisisExamples, catalog.ordinaryExamples());
        if (!work.equals(out)) {
            List<String> files = new ArrayList<>(ModelCache.fileNames(set, settings));
            files.add(CrisisLayerTrainer.fileName(rules, crisisExamples, catalog.ordinaryExamples()));
            files.add(EmbeddingTable.FILE);
            copy(work, out, files);
        }
        System.out.println("Pre-trained the model for " + catalog.intents().size() + " intents into " + out);
    }

    /** Copies the files that are there (one the jar's earlier build already held was loaded from it, not kept). */
    private static void copy(Path from, Path to, List<String> files) throws IOException {
        Files.createDirectories(to);
        for (String file : files) {
            if (Files.isRegularFile(from.resolve(file))) {
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The classifier settings of the shipped application.yml, bound exactly as the application binds them. */
    public static ClassifierProperties shippedSettings() throws IOException {
        return shipped("faqbot.classifier", ClassifierProperties.class);
    }

    /** The learned crisis layer's settings of the shipped application.yml, bound as the application binds them. */
    public static LearnedLayerProperties shippedLearnedLayer() throws IOException {
        return shipped("faqbot.crisis.learned", LearnedLayerProperties.class);
    }

    private static <T> T shipped(String prefix, Class<T> type) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment).bindOrCreate(prefix, type);
    }
}
