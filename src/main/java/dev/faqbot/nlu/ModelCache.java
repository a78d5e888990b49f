package dev.faqbot.nlu;

import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.semantic.TrainedModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.doccat.DoccatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intent model's two entries in the {@link TrainedModelFiles}, words and meaning, each keyed by a hash of exactly
 * what it was trained from (every labelled example, the training settings or recipe, and for the words the compiled code
 * that turns text into features), so neither an edited intent nor a change to features can reuse an old model.
 */
public final class ModelCache {

    private static final String WORDS = "intents";
    private static final String MEANING = "intents-meaning";
    /** The word model's file format ({@link IntentModel#writeWords}), part of its key: a file in another format is not read. */
    private static final String WORDS_FORMAT = "opennlp-binary-model";
    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);

    private final Path dir;
    private final TrainedModelFiles files;

    /** @param dir the cache folder, or null to always train */
    public ModelCache(Path dir) {
        this.dir = dir;
        this.files = new TrainedModelFiles(dir);
    }

    /** The model trained from exactly this set and these settings: from the folder or the jar, else trained now. */
    public IntentModel getOrTrain(TrainingSet set, ClassifierProperties settings, SentenceEmbedder embedder) {
        DoccatModel words = files.getOrTrain(WORDS, key(set, settings), IntentModel::readWords, IntentModel::writeWords,
                () -> timed("word", set, () -> IntentModel.trainWords(set, settings)));
        IntentMeaningModel meaning = files.getOrTrain(MEANING, meaningKey(set), IntentMeaningModel::read,
                (model, out) -> model.write(out),
                () -> timed("meaning", set, () -> IntentMeaningModel.train(set, embedder, new EmbeddingTable(dir))));
        return new IntentModel(words, meaning, embedder);
    }

    /** The files in the cache folder that hold the two models of exactly this set and these settings. */
    public static List<String> fileNames(TrainingSet set, ClassifierProperties settings) {
        return List.of(TrainedModelFiles.fileName(WORDS, key(set, settings)), TrainedModelFiles.fileName(MEANING, meaningKey(set)));
    }

    private static <T> T timed(String half, TrainingSet set, Supplier<T> training) {
        log.info("Training the intent {} model on {} examples (no model for this content yet; the result is cached)",
                half, set.examples().size());
        long start = System.nanoTime();
        T model = training.get();
        log.info("Intent {} model trained in {} s", half, (System.nanoTime() - start) / 1_000_000_000);
        return model;
    }

    static String meaningKey(TrainingSet set) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((IntentMeaningModel.RECIPE + "\n").getBytes(StandardCharsets.UTF_8));
            for (TrainingSet.Example example : set.examples()) {
                digest.update((example.label() + "\t" + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(TrainingSet set, ClassifierProperties settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((WORDS_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> featureCode : List.of(TextNormalizer.class, IntentFeatureGenerator.class)) {
                digest.update(bytecodeOf(featureCode));
            }
            digest.update((settings.cutoff() + "|" + settings.iterations() + "|" + settings.l2Cost() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (TrainingSet.Example example : set.examples()) {
                digest.update((example.label() + "\t" + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytecodeOf(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
        }
    }
}
