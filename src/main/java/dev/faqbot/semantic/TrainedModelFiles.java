package dev.faqbot.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained models on disk, one file per model named by its kind and the hash of exactly what it was trained from, so a
 * restart with unchanged content loads the model instead of training it and any edit trains afresh. The jar ships the
 * models of its own content under {@value #SHIPPED}. A broken or unreadable file is ignored and the model retrained.
 * Each kind keeps its few most recent files; other kinds and other files in the folder are left alone.
 */
public final class TrainedModelFiles {

    /** Classpath folder of the models trained at build time for the shipped content. */
    public static final String SHIPPED = "/model-cache/";
    private static final int KEPT_PER_KIND = 4;
    /** Models are read and written a few bytes per call (a double at a time): always through a buffer of this size. */
    private static final int BUFFER = 1 << 16;
    private static final Logger log = LoggerFactory.getLogger(TrainedModelFiles.class);

    /** Reads a model written by the matching {@link Writer} (from a buffered stream). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Writes a model (to a buffered stream). */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T model, OutputStream out) throws IOException;
    }

    private final Path dir;

    /** @param dir the folder, or null to keep nothing (always train, unless the jar ships the model) */
    public TrainedModelFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * The model of this kind and key: from the folder, else from the jar, else trained now (and kept in the folder).
     *
     * @param kind a file-name prefix per kind of model ("intents", "crisis")
     * @param key  a hash of everything the model is trained from
     */
    public <T> T getOrTrain(String kind, String key, Reader<T> reader, Writer<T> writer, Supplier<T> train) {
        String name = fileName(kind, key);
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(name)), BUFFER)) {
                return reader.read(in);
            } catch (IOException | RuntimeException e) {
                log.warn("Ignoring unreadable cached model {} ({})", name, e.getClass().getSimpleName());
            }
        }
        try (InputStream shipped = TrainedModelFiles.class.getResourceAsStream(SHIPPED + name)) {
            if (shipped != null) {
                return reader.read(new BufferedInputStream(shipped, BUFFER));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the unreadable pre-trained model {} in the jar ({})", name, e.getClass().getSimpleName());
        }
        T model = train.get();
        store(kind, name, model, writer);
        return model;
    }

    /** The file that holds the model of this kind and key. */
    public static String fileName(String kind, String key) {
        return kind + "-" + key + ".bin";
    }

    private <T> void store(String kind, String name, T model, Writer<T> writer) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, kind, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
                writer.write(model, out);
            }
            Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune(kind);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep the trained model in {} ({}); it will be trained again next start", dir,
                    e.getClass().getSimpleName());
        }
    }

    /** Keeps the few most recent models of one kind. */
    private void prune(String kind) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Pattern ofKind = Pattern.compile(Pattern.quote(kind) + "-[0-9a-f]+\\.bin");
            // "intents-<hash>" only, not "intents-meaning-<hash>": each kind prunes its own files
            List<Path> models = files.filter(p -> ofKind.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : models.subList(Math.min(KEPT_PER_KIND, models.size()), models.size())) {
                Files.deleteIfExists(old);
            }
        }
    }
}
