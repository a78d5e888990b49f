package dev.faqbot.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What the learned crisis layer is trained on: the curated corpus in the jar ({@code safety/learned/*.tsv}: crisis
 * messages per category, ordinary messages, and conversations whose last turn is judged with the ones before), the
 * staff's {@code intents/crisis/examples.yml}, and every ordinary example of the intent files.
 */
record CrisisCorpus(List<Example> examples) {

    /** Label of ordinary messages. */
    static final String NONE = "none";

    /** One training text (a conversation's turns joined by {@link LearnedCrisisLayer#joined}) and its label. */
    record Example(String label, String text) {
    }

    /** Ordinary conversations drawn from the ordinary examples. */
    private static final int ORDINARY_CONVERSATIONS = 1500;

    /** Noise examples drawn from the ordinary words. */
    private static final int NOISE = 1000;
    private static final List<String> JSON_BITS = List.of("{", "}", "[", "]", "{\"text\":", "\"type\":\"ask\"", "null",
            "true", "42", "\"id\":", "]]]", "\\u0000", "<html>", "undefined", "NaN");

    private static final String LEARNED = "/safety/learned/";
    private static final List<String> CRISIS_FILES = List.of("crisis-en.tsv", "crisis-es.tsv");
    private static final List<String> BENIGN_FILES = List.of("benign-en.tsv", "benign-es.tsv");
    private static final List<String> CONVERSATION_FILES = List.of("conversations-crisis-en.tsv",
            "conversations-benign-en.tsv", "conversations-es.tsv");

    /** The given resources followed by the corpus files this class reads (for a cache key over the inputs). */
    static List<String> resources(List<String> first) {
        List<String> all = new ArrayList<>(first);
        for (List<String> files : List.of(CRISIS_FILES, BENIGN_FILES, CONVERSATION_FILES)) {
            files.forEach(f -> all.add(LEARNED + f));
        }
        return List.copyOf(all);
    }

    /** The built-in ordinary messages (English and Spanish), as written. */
    static List<String> benignTexts() {
        List<String> texts = new ArrayList<>();
        for (String file : BENIGN_FILES) {
            rows(file, 2).forEach(row -> texts.add(row[1]));
        }
        return texts;
    }

    /** The built-in messages of one language ({@code en} or {@code es}), crisis and ordinary, as written. */
    static List<String> messages(String language) {
        List<String> texts = new ArrayList<>();
        rows("crisis-" + language + ".tsv", 3).forEach(row -> texts.add(row[2]));
        rows("benign-" + language + ".tsv", 2).forEach(row -> texts.add(row[1]));
        return texts;
    }

    CrisisCorpus {
        examples = List.copyOf(examples);
    }

    /**
     * The built-in corpus plus the clinic's own examples.
     *
     * @param staffCrisis crisis examples from {@code intents/crisis/} per category
     * @param ordinary    messages that are not crisis (intent and out-of-scope examples)
     */
    static CrisisCorpus of(Map<CrisisCategory, List<String>> staffCrisis, Collection<String> ordinary) {
        List<Example> examples = new ArrayList<>();
        for (String file : CRISIS_FILES) {
            for (String[] row : rows(file, 3)) {
                if (CrisisCategory.fromId(row[0]).isPresent()) {
                    examples.add(new Example(row[0], row[2]));
                }
            }
        }
        benignTexts().forEach(t -> examples.add(new Example(NONE, t)));
        for (String file : CONVERSATION_FILES) {
            for (String[] row : rows(file, 3)) {
                String label = CrisisCategory.fromId(row[0]).isPresent() ? row[0] : NONE;
                List<String> turns = List.of(row).subList(1, row.length);
                examples.add(new Example(label, LearnedCrisisLayer.joined(turns.subList(0, turns.size() - 1),
                        turns.get(turns.size() - 1))));
            }
        }
        staffCrisis.forEach((category, texts) -> texts.forEach(t -> examples.add(new Example(category.id(), t))));
        ordinary.forEach(t -> examples.add(new Example(NONE, t)));
        examples.addAll(ordinaryConversations(List.copyOf(ordinary)));
        examples.addAll(noise(List.copyOf(ordinary)));
        return new CrisisCorpus(examples);
    }

    /**
     * Ordinary questions read together as a conversation would be (two or three turns, sometimes the same question
     * again), so the joined reading itself is not taken for a sign of crisis. Drawn with a fixed seed: the same
     * content gives the same corpus (and the same cached model).
     */
    private static List<Example> ordinaryConversations(List<String> ordinary) {
        List<Example> conversations = new ArrayList<>();
        if (ordinary.size() < 2) {
            return conversations;
        }
        Random random = new Random(ordinary.size());
        for (int i = 0; i < ORDINARY_CONVERSATIONS; i++) {
            String newest = ordinary.get(random.nextInt(ordinary.size()));
            List<String> earlier = new ArrayList<>();
            for (int turns = 1 + random.nextInt(2); earlier.size() < turns; ) {
                earlier.add(random.nextInt(4) == 0 ? newest : ordinary.get(random.nextInt(ordinary.size())));
            }
            conversations.add(new Example(NONE, LearnedCrisisLayer.joined(earlier, newest)));
        }
        return conversations;
    }

    /** A keyboard mash or a long number, alone or glued to a word ("order-8347261950", "asdkjhqwe"). */
    private static String mash(Random random, List<String> words) {
        StringBuilder mash = new StringBuilder();
        int length = 4 + random.nextInt(14);
        boolean digits = random.nextInt(3) == 0;
        for (int i = 0; i < length; i++) {
            mash.append(digits ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
        }
        return random.nextBoolean() ? mash.toString() : words.get(random.nextInt(words.size())) + "-" + mash;
    }

    /**
     * Text that means nothing (ordinary words in no order, identifiers, numbers, bits of JSON, as a broken client or a
     * bot sends), so the layer does not read meaning into noise. Drawn with a fixed seed.
     */
    private static List<Example> noise(List<String> ordinary) {
        List<String> words = ordinary.stream().flatMap(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\s+")).stream())
                .filter(w -> !w.isBlank()).distinct().sorted().toList();
        List<Example> noise = new ArrayList<>();
        if (words.isEmpty()) {
            return noise;
        }
        Random random = new Random(words.size());
        for (int i = 0; i < NOISE; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                text.append(text.length() == 0 ? "" : " ").append(switch (random.nextInt(4)) {
                    case 0 -> JSON_BITS.get(random.nextInt(JSON_BITS.size()));
                    case 1 -> Long.toString(Math.abs(random.nextLong()) % 100_000_000_000L, 36) + "-" + random.nextInt(100_000);
                    case 2 -> random.nextBoolean() ? words.get(random.nextInt(words.size())) : mash(random, words);
                    default -> words.get(random.nextInt(words.size()));
                });
            }
            noise.add(new Example(NONE, text.toString()));
        }
        return noise;
    }

    private static List<String[]> rows(String file, int minFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CrisisCorpus.class.getResourceAsStream(LEARNED + file)) {
            if (in == null) {
                return rows;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length >= minFields && !fields[fields.length - 1].isBlank()) {
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the crisis corpus " + file + " failed", e);
        }
        return rows;
    }
}
