package dev.faqbot.nlu;

import java.util.List;

/** The classifier's ranking of every label for one message, best first. */
public record Classification(List<Score> ranked) {

    /** A label and its probability. Labels are intent ids or {@link TrainingLabels#OUT_OF_SCOPE}. */
    public record Score(String label, double probability) {
    }

    public Classification {
        ranked = List.copyOf(ranked);
    }

    public List<Score> top(int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }
}
