package dev.faqbot.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * What {@code java -jar faqbot.jar --help} (or {@code help}) prints, without starting Spring: how to run the server,
 * the staff commands and how settings are given. The command lines are the commands' own {@link CliCommand#usage()}.
 */
public final class Usage {

    /** Each command's usage line, in the order shown (kept equal to the commands' own by UsageTests). */
    static final List<String> COMMANDS = List.of(
            "validate [dir] [--no-confusion]       check the intent files; exit 1 when invalid",
            "try \"question\" | --file F         the reply a visitor would get, top intents, crisis rule",
            "evaluate [dir] [--folds=5] [--dev=file.tsv] [--out=target/evaluation]   cross-validation report and confusion picture",
            "insights [--days N] [--top N] [--csv]  top unanswered questions and reply counts");

    private Usage() {
    }

    /** Whether the arguments ask for help rather than the server or a command. */
    public static boolean asked(String[] args) {
        return args.length > 0 && List.of("--help", "-h", "help", "-help", "-?").contains(args[0]);
    }

    public static void print(PrintStream out) {
        out.println("Usage: java -jar ketamine-faq-bot.jar [command] [--setting=value ...]");
        out.println();
        out.println("Without a command, runs the chat server on http://localhost:8080 (--server.port=N to change it).");
        out.println("Commands for clinic staff:");
        COMMANDS.forEach(line -> out.println("  " + line));
        out.println("  help                               this text");
        out.println();
        out.println("Any setting can be given as --name=value, e.g. --faqbot.intents.dir=my-intents or");
        out.println("--faqbot.clinic.phone=\"(503) 555-0147\"; the README lists them all.");
    }
}
