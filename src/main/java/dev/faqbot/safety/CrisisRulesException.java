package dev.faqbot.safety;

import java.util.List;

/**
 * The crisis phrase file could not be used. Each problem names the file, the line and the fix, e.g.
 * {@code intents/crisis/phrases.yml:31: pattern 'kill(' is not a valid regex (Unclosed group): fix it}.
 * The built-in floor keeps screening whatever happens to the file.
 */
public class CrisisRulesException extends RuntimeException {

    private final List<String> problems;

    public CrisisRulesException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one line each, in file order. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            return "crisis phrase file is invalid";
        }
        return problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the crisis phrase file:\n  " + String.join("\n  ", problems);
    }
}
