package dev.faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained models on disk, keyed by a hash of exactly what they were trained from (every labelled example, the
 * training settings and the compiled code that turns text into features), so neither an edited intent nor a change
 * to normalisation or features can reuse an old model. A restart with unchanged content loads
 * the model instead of retraining it; any edit changes the key and trains afresh. The jar also ships
 * the model for its own intents. A broken or unreadable cache entry is ignored and retrained.
 */
public final class ModelCache {

    private static final int KEPT = 4;
    /** Classpath folder of the model pre-trained at build time for the shipped intents ({@link ModelPretrainer}). */
    static final String SHIPPED = "model-cache";
    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);

    private final Path dir;

    /** @param dir the cache folder, or null to always train */
    public ModelCache(Path dir) {
        this.dir = dir;
    }

    public IntentModel getOrTrain(TrainingSet set, ClassifierProperties settings, Supplier<IntentModel> train) {
        if (dir == null) {
            return train.get();
        }
        String name = key(set, settings) + ".bin";
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return IntentModel.read(in);
            } catch (IOException | RuntimeException e) {
                log.warn("Ignoring unreadable cached model {} ({})", name, e.getClass().getSimpleName());
            }
        }
        try (InputStream shipped = ModelCache.class.getResourceAsStream("/" + SHIPPED + "/" + name)) {
            if (shipped != null) {
                return IntentModel.read(shipped);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the unreadable pre-trained model in the jar ({})", e.getClass().getSimpleName());
        }
        IntentModel model = train.get();
        store(file, model);
        return model;
    }

    private void store(Path file, IntentModel model) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "model", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                model.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not cache the trained model in {} ({}); it will be trained again next start", dir, e.getClass().getSimpleName());
        }
    }

    /** Keeps the few most recent models. */
    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bin"))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : models.subList(Math.min(KEPT, models.size()), models.size())) {
                Files.deleteIfExists(old);
            }
        }
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
