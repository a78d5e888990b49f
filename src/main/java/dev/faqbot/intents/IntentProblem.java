package dev.faqbot.intents;

import dev.faqbot.yaml.ProblemSink;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong (or worth a look) in a staff-edited file: where, what, and how to fix it.
 * Rendered as {@code intents/side-effects.yml:12: <message>}.
 */
public record IntentProblem(String file, int line, String message) {

    public IntentProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** Where the YAML reader reports the problems of {@code file}: each one is added to {@code problems}. */
    static ProblemSink sink(String file, List<IntentProblem> problems) {
        return (line, message) -> problems.add(new IntentProblem(file, line, message));
    }

    @Override
    public String toString() {
        return ProblemSink.render(file, line, message);
    }
}
