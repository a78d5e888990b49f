package dev.faqbot.intents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One curated intent as staff wrote it in {@code intents/<id>.yml}.
 *
 * @param resources ids of crisis resources attached to the answer (e.g. {@code overdose-info})
 * @param reviewed when a clinician last checked the answer, or null when the file does not say
 */
public record Intent(
        String id,
        String title,
        List<String> examples,
        String answer,
        List<String> followUps,
        List<String> sources,
        LocalDate reviewed,
        List<String> resources) {

    public Intent {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(answer, "answer must not be null");
        examples = List.copyOf(examples);
        followUps = List.copyOf(followUps);
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }
}
