package dev.faqbot.yaml;

/**
 * Where a reader reports what is wrong in a staff file: the line (from 1; 0 when unknown) and how to fix it. The
 * caller knows the file, so it collects each problem as it needs (a list of problems, a line of text, an exception).
 */
@FunctionalInterface
public interface ProblemSink {

    void add(int line, String message);

    /** For a file shipped in the jar: a problem there is a build error, thrown at once with its file and line. */
    static ProblemSink failing(String file) {
        return (line, message) -> {
            throw new IllegalStateException(render(file, line, message));
        };
    }

    /** How a problem reads: {@code file:line: message}, or {@code file: message} when the line is unknown. */
    static String render(String file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
