package dev.faqbot.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * Reads a staff command's arguments into its options (a picocli {@code @Command} object), so every command parses
 * the same way and answers {@code --help} with its options. Spring's own settings ({@code --name=value},
 * {@code --debug}) pass through: Spring applied them when it started.
 */
public final class CommandOptions {

    private CommandOptions() {
    }

    /**
     * Fills {@code options} from {@code args}.
     *
     * @return empty when the command should run; otherwise its exit code, after printing the help (0) or what was
     *         wrong with the arguments and the usage line (2)
     */
    public static OptionalInt parse(CliCommand command, Object options, List<String> args, PrintStream out) {
        CommandLine line = new CommandLine(options).setUnmatchedArgumentsAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        try {
            line.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return OptionalInt.of(usageError(command, e.getMessage(), out));
        }
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            return OptionalInt.of(0);
        }
        for (String unmatched : line.getUnmatchedArguments()) {
            if (!isSpringSetting(unmatched)) {
                return OptionalInt.of(usageError(command, "unknown option or argument " + unmatched, out));
            }
        }
        return OptionalInt.empty();
    }

    /** Prints {@code name: message} and the command's usage line; returns the exit code for bad arguments, 2. */
    public static int usageError(CliCommand command, String message, PrintStream out) {
        out.println(command.name() + ": " + message);
        out.println("usage: " + command.usage());
        return 2;
    }

    /** {@code --spring.datasource.url=...}, {@code --debug}: Spring's business, not the command's. */
    static boolean isSpringSetting(String arg) {
        return arg.startsWith("--") && (arg.contains("=") || arg.contains(".") || arg.equals("--debug"));
    }
}
