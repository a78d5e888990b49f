package dev.faqbot.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A staff command run on the same jar ({@code java -jar faqbot.jar <name> [args]}) instead of the
 * server. Each command is a Spring bean; the application starts without a web server, runs it and
 * exits with the returned code.
 */
public interface CliCommand {

    /** The word typed after the jar, e.g. {@code evaluate}. */
    String name();

    /** One line shown by {@code help}, e.g. {@code evaluate [dir]  cross-validation report}. */
    String usage();

    /** Runs the command; returns the process exit code (0 = success). */
    int run(List<String> args, PrintStream out);
}
