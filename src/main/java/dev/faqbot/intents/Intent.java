package dev.faqbot.intents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One curated intent as staff wrote it in {@code intents/<id>.yml}.
 *
 * @param resources ids of crisis resources attached to the answer (e.g. {@code overdose-info})
 * @param reviewed when a clinician last checked the answer, or null when the file does not say
 * @param es the Spanish version from the file's {@code es:} block, or null when it has none
 * @param actions names of the clinic actions the answer carries ({@code map}, {@code call}, {@code book}, {@code careers})
 */
public record Intent(
        String id,
        String title,
        List<String> examples,
        String answer,
        List<String> followUps,
        List<String> sources,
        LocalDate reviewed,
        List<String> resources,
        Translation es,
        List<String> actions) {

    /** An intent's version in another language: its own title, examples, answer and review date. */
    public record Translation(String title, List<String> examples, String answer, LocalDate reviewed) {
        public Translation {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(answer, "answer must not be null");
            examples = List.copyOf(examples);
        }
    }

    /** An intent without a Spanish version. */
    public Intent(String id, String title, List<String> examples, String answer, List<String> followUps,
                  List<String> sources, LocalDate reviewed, List<String> resources) {
        this(id, title, examples, answer, followUps, sources, reviewed, resources, null, List.of());
    }

    /** An intent without answer actions. */
    public Intent(String id, String title, List<String> examples, String answer, List<String> followUps,
                  List<String> sources, LocalDate reviewed, List<String> resources, Translation es) {
        this(id, title, examples, answer, followUps, sources, reviewed, resources, es, List.of());
    }

    /** All training examples, in every language. */
    public List<String> allExamples() {
        if (es == null) {
            return examples;
        }
        List<String> all = new ArrayList<>(examples);
        all.addAll(es.examples());
        return all;
    }

    public Intent {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(answer, "answer must not be null");
        examples = List.copyOf(examples);
        followUps = List.copyOf(followUps);
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
