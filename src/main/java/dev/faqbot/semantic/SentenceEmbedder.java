package dev.faqbot.semantic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings (all-MiniLM-L6-v2, int8, 384 dimensions, unit length) computed in-process and offline. The
 * crisis screen and the intent classifier share one instance, so a message is embedded once: a bounded cache keyed by
 * the normalised text answers the second asker and every repeated question. Thread-safe.
 */
public final class SentenceEmbedder {

    /** Length of every vector. */
    static final int DIMENSIONS = 384;

    /** Words per window of a long message: well inside the model's 128 tokens. */
    static final int WINDOW_WORDS = 60;

    private static final int MAX_TOKEN_CHARS = 24;
    private static final Pattern UNREADABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Text without a letter or digit may tokenize to nothing, which the encoder refuses: it is embedded as ".". */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;\\n])\\s+");

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbedder.class);

    private final CompletableFuture<MiniLmEncoder> encoder;
    private final Cache<String, float[]> cache;

    /**
     * A cache of {@code cacheSize} recent texts over the process's one model, which the first instance starts loading
     * (half a second to two on a cold JVM) on a thread of its own; every later instance shares it. The first
     * {@link #embed} waits for it.
     */
    public SentenceEmbedder(int cacheSize) {
        this.encoder = SharedModel.LOADING;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** The one model of the process (it is immutable and thread-safe), loading from the first time it is asked for. */
    private static final class SharedModel {
        static final CompletableFuture<MiniLmEncoder> LOADING = CompletableFuture.supplyAsync(SentenceEmbedder::load, work -> {
            Thread thread = new Thread(work, "embedding-model-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static MiniLmEncoder load() {
        long start = System.nanoTime();
        MiniLmEncoder loaded = new MiniLmEncoder();
        log.info("Sentence-embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    /** Starts loading the process's model now (start-up calls this first, before anything needs it). */
    public static void startLoading() {
        Objects.requireNonNull(SharedModel.LOADING);
    }

    /** Completes when the model is loaded (exceptionally when it could not be). */
    public CompletableFuture<Void> ready() {
        return encoder.thenApply(loaded -> null);
    }

    private MiniLmEncoder encoder() {
        try {
            return encoder.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The key under which a text is embedded and cached: lower case, single spaces (the model is uncased). */
    public static String key(String text) {
        // control characters and unpaired surrogates (malformed input) are dropped: the tokenizer rejects them
        return SPACES.matcher(UNREADABLE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The embedding of one text (the model reads its first 128 tokens; see {@link #windowTexts} for long texts). */
    public float[] embed(String text) {
        String key = key(text);
        return cache.get(key, k -> encoder().embed(TextSegment.from(WORDS.matcher(k).find() ? k : ".")).content().vector());
    }

    /** The sentences of a text, split after . ! ? ; or a line break, each stripped of surrounding space. */
    public static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(text.strip())).map(String::strip).toList();
    }

    /** Splits a text into windows of whole sentences (a sentence longer than a window is cut at word boundaries). */
    public static List<String> windowTexts(String text) {
        String whole = key(text);
        if (whole.split(" ").length <= WINDOW_WORDS && whole.length() <= WINDOW_WORDS * 8) {
            return List.of(whole);
        }
        List<String> windows = new ArrayList<>();
        StringBuilder window = new StringBuilder();
        int words = 0;
        for (String sentence : sentences(text)) {
            String[] tokens = key(sentence).split(" ");
            for (String raw : tokens) {
                if (raw.isEmpty()) {
                    continue;
                }
                // a run of characters without spaces is cut, so no window exceeds the model's token limit
                String token = raw.length() > MAX_TOKEN_CHARS ? raw.substring(0, MAX_TOKEN_CHARS) : raw;
                if (words == WINDOW_WORDS) {
                    windows.add(window.toString());
                    window.setLength(0);
                    words = 0;
                }
                window.append(words == 0 ? "" : " ").append(token);
                words++;
            }
            if (words > WINDOW_WORDS / 2) {
                windows.add(window.toString());
                window.setLength(0);
                words = 0;
            }
        }
        if (words > 0) {
            windows.add(window.toString());
        }
        return windows;
    }
}
