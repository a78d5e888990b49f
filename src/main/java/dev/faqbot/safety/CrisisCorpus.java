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
import java.util.Map;

/**
 * What the learned crisis layer is trained on: the curated corpus in the jar ({@code safety/learned/*.tsv}: crisis
 * messages per category, ordinary messages, and conversations whose last turn is judged with the ones before), the
 * staff's {@code intents/crisis/examples.yml}, and every ordinary example of the intent files.
 */
public record CrisisCorpus(List<Example> examples) {

    /** Label of ordinary messages. */
    public static final String NONE = "none";

    /** One training text (a conversation's turns joined by {@link LearnedCrisisLayer#joined}) and its label. */
    public record Example(String label, String text) {
    }

    private static final List<String> CRISIS_FILES = List.of("crisis-en.tsv", "crisis-es.tsv");
    private static final List<String> BENIGN_FILES = List.of("benign-en.tsv", "benign-es.tsv");
    private static final List<String> CONVERSATION_FILES = List.of("conversations-crisis-en.tsv",
            "conversations-benign-en.tsv", "conversations-es.tsv");

    public CrisisCorpus {
        examples = List.copyOf(examples);
    }

    /**
     * The built-in corpus plus the clinic's own examples.
     *
     * @param staffCrisis crisis examples from {@code intents/crisis/} per category
     * @param ordinary    messages that are not crisis (intent and out-of-scope examples)
     */
    public static CrisisCorpus of(Map<CrisisCategory, List<String>> staffCrisis, Collection<String> ordinary) {
        List<Example> examples = new ArrayList<>();
        for (String file : CRISIS_FILES) {
            for (String[] row : rows(file, 3)) {
                if (CrisisCategory.fromId(row[0]).isPresent()) {
                    examples.add(new Example(row[0], row[2]));
                }
            }
        }
        for (String file : BENIGN_FILES) {
            rows(file, 2).forEach(row -> examples.add(new Example(NONE, row[1])));
        }
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
        return new CrisisCorpus(examples);
    }

    private static List<String[]> rows(String file, int minFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CrisisCorpus.class.getResourceAsStream("/safety/learned/" + file)) {
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
