package dev.faqbot.nlu;

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

/**
 * The intent model's entry in the {@link TrainedModelFiles}: keyed by a hash of exactly what it was trained from (every
 * labelled example, the training settings and the compiled code that turns text into features), so neither an edited
 * intent nor a change to normalisation or features can reuse an old model.
 */
public final class ModelCache {

    private static final String KIND = "intents";

    private final TrainedModelFiles files;

    /** @param dir the cache folder, or null to always train */
    public ModelCache(Path dir) {
        this.files = new TrainedModelFiles(dir);
    }

    public IntentModel getOrTrain(TrainingSet set, ClassifierProperties settings, Supplier<IntentModel> train) {
        return files.getOrTrain(KIND, key(set, settings), IntentModel::read, IntentModel::write, train);
    }

    static String key(TrainingSet set, ClassifierProperties settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
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
