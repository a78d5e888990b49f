package dev.faqbot.intents;

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

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
