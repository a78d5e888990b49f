package dev.faqbot.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of training texts, so each is computed once: the jar ships those of its own content (built at package
 * time) and a disk folder keeps those of edited content. Stored as int8 with one scale per vector (388 bytes a text).
 * Not thread-safe: one training at a time uses it.
 */
public final class EmbeddingTable {

    /** Classpath resource of the table built at package time for the shipped content. */
    public static final String SHIPPED = TrainedModelFiles.SHIPPED + "embeddings.bin";
    /** The file name of the table, in the jar and in a cache folder. */
    public static final String FILE = "embeddings.bin";
    private static final int MAGIC = 0x4642454D;
    private static final Logger log = LoggerFactory.getLogger(EmbeddingTable.class);

    private final Map<String, float[]> vectors = new HashMap<>();
    private final Path dir;
    private boolean changed;

    /** @param dir the folder that keeps embeddings of edited content, or null to keep nothing on disk */
    public EmbeddingTable(Path dir) {
        this.dir = dir;
        try (InputStream shipped = EmbeddingTable.class.getResourceAsStream(SHIPPED)) {
            if (shipped != null) {
                read(shipped);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the unreadable embedding table in the jar ({})", e.getClass().getSimpleName());
        }
        if (dir != null && Files.isRegularFile(dir.resolve(FILE))) {
            try (InputStream in = Files.newInputStream(dir.resolve(FILE))) {
                read(in);
            } catch (IOException | RuntimeException e) {
                log.warn("Ignoring the unreadable embedding table in {} ({})", dir, e.getClass().getSimpleName());
            }
        }
    }

    /**
     * The embedding of each text, computing (and logging progress for) those not yet in the table.
     *
     * @return vectors in the order of {@code texts}
     */
    public List<float[]> embedAll(List<String> texts, SentenceEmbedder embedder) {
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (!vectors.containsKey(SentenceEmbedder.key(text))) {
                missing.add(SentenceEmbedder.key(text));
            }
        }
        if (!missing.isEmpty()) {
            log.info("Embedding {} new training texts (about {} s)", missing.size(), Math.max(1, missing.size() / 700));
            int done = 0;
            for (String key : missing) {
                vectors.put(key, quantised(embedder.embed(key)));
                if (++done % 2000 == 0) {
                    log.info("Embedded {} of {} new training texts", done, missing.size());
                }
            }
            changed = true;
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(vectors.get(SentenceEmbedder.key(t))));
        return out;
    }

    /** Writes the table to its folder when it learnt new texts; a failure only costs embedding them again. */
    public void save() {
        if (dir == null || !changed) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "embeddings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(vectors.keySet(), out);
            }
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep the embeddings in {} ({}); they will be computed again", dir, e.getClass().getSimpleName());
        }
    }

    /** Writes the embeddings of the given texts (all must be in the table). */
    private void write(Collection<String> keys, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(keys.size());
        for (String key : keys) {
            float[] v = vectors.get(SentenceEmbedder.key(key));
            float scale = 0;
            for (float x : v) {
                scale = Math.max(scale, Math.abs(x));
            }
            out.writeUTF(SentenceEmbedder.key(key));
            out.writeFloat(scale);
            for (float x : v) {
                out.writeByte(scale == 0 ? 0 : Math.round(x / scale * 127));
            }
        }
        out.flush();
    }

    private void read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an embedding table");
        }
        int count = in.readInt();
        try {
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float scale = in.readFloat();
                float[] v = new float[SentenceEmbedder.DIMENSIONS];
                for (int d = 0; d < v.length; d++) {
                    v[d] = in.readByte() * scale / 127f;
                }
                vectors.put(key, v);
            }
        } catch (EOFException e) {
            throw new IOException("truncated embedding table", e);
        }
    }

    /** The vector as the table stores it, so a text embedded now and one read back train the same model. */
    private static float[] quantised(float[] v) {
        float scale = 0;
        for (float x : v) {
            scale = Math.max(scale, Math.abs(x));
        }
        float[] q = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            q[d] = scale == 0 ? 0 : Math.round(v[d] / scale * 127) * scale / 127f;
        }
        return q;
    }
}
