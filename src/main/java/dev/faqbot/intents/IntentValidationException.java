package dev.faqbot.intents;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the intent files cannot be served; carries every problem found, not just the first. */
public class IntentValidationException extends RuntimeException {

    private final List<IntentProblem> problems;

    public IntentValidationException(List<IntentProblem> problems) {
        super(problems.size() + " problem(s) in the intent files:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<IntentProblem> problems() {
        return problems;
    }
}
