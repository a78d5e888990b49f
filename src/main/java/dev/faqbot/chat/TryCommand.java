package dev.faqbot.chat;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.cli.CommandOptions;
import dev.faqbot.nlu.Classification;
import dev.faqbot.safety.CrisisResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.springframework.stereotype.Component;

/**
 * {@code try "question"}: the reply a visitor would get, the top three intents and the crisis rule that fired
 * ({@link ChatService#trial}, which the staff page shows too; nothing is recorded in insights). With {@code --file},
 * every line of a file (or of standard input) is tried in turn, so the model loads once for many questions.
 */
@Component
class TryCommand implements CliCommand {

    private final ChatService chat;

    TryCommand(ChatService chat) {
        this.chat = chat;
    }

    @Override
    public String name() {
        return "try";
    }

    @Override
    public String usage() {
        return "try \"question\" | --file F         the reply a visitor would get, top intents, crisis rule";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(this, options, args, out);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        String question = String.join(" ", options.words);
        if (options.file != null) {
            if (!question.isBlank()) {
                out.println("Give one question or --file, not both.");
                return 2;
            }
            return tryEach(options.file, out);
        }
        if (question.isBlank()) {
            out.println("Usage: try \"how long do the effects last?\"  (or try --file questions.txt, one per line)");
            return 2;
        }
        print(chat.trial(question, List.of(), null), out);
        return 0;
    }

    /** Tries every non-blank line of the file ({@code -}: standard input), each as a new conversation. */
    private int tryEach(String file, PrintStream out) {
        List<String> questions;
        try {
            questions = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                    : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            out.println("No file " + file + "; give a text file with one question per line (or - for standard input).");
            return 2;
        } catch (IOException | UncheckedIOException e) {
            out.println("Could not read " + file + " (" + e.getClass().getSimpleName() + "); give a UTF-8 text file, one question per line.");
            return 2;
        }
        for (String question : questions) {
            if (!question.isBlank()) {
                out.println("> " + question.strip());
                print(chat.trial(question, List.of(), null), out);
                out.println();
            }
        }
        return 0;
    }

    private static void print(Trial trial, PrintStream out) {
        Reply reply = trial.reply();
        out.println("Reply: " + reply.type() + detail(reply));
        out.println();
        out.println(indent(reply.text()));
        List<CrisisResource> resources = reply instanceof Reply.Crisis crisis ? crisis.resources()
                : reply instanceof Reply.Answer answer ? answer.resources() : List.of();
        resources.forEach(r -> out.println("  - " + r.name() + (r.call() != null ? ", call " + r.call() : "")
                + (r.sms() != null ? ", text " + (r.keyword() != null ? r.keyword() + " to " : "") + r.sms() : "")));
        if (reply instanceof Reply.Clarify clarify) {
            clarify.options().forEach(o -> out.println("  option: " + o.intent() + " (" + o.title() + ")"));
        }
        out.println();
        out.println("Crisis: " + trial.verdict().map(v -> v.category().id() + " by the " + v.layer().name().toLowerCase(Locale.ROOT)
                + " layer (" + v.ruleId() + (v.negated() ? ", negated" : "") + ")").orElse("none"));
        out.println("Top intents:");
        for (Classification.Score score : trial.topIntents().subList(0, Math.min(3, trial.topIntents().size()))) {
            out.printf("  %-28s %.3f%n", score.label(), score.probability());
        }
    }

    /** The intent answered, the crisis category or the error code, in parentheses; else nothing. */
    private static String detail(Reply reply) {
        String detail = reply instanceof Reply.Answer answer ? answer.intent()
                : reply instanceof Reply.Crisis crisis ? crisis.category()
                : reply instanceof Reply.Error error ? error.code() : null;
        return detail == null ? "" : " (" + detail + ")";
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    @Command(name = "try", description = "The reply a visitor would get to a question, the top intents and the crisis "
            + "rule that fired; nothing is recorded.")
    static final class Options {
        @Parameters(paramLabel = "question", description = "the question, quoted or as separate words")
        List<String> words = new ArrayList<>();

        @Option(names = "--file", paramLabel = "file",
                description = "try every line of this file in turn (- for standard input); the model loads once")
        String file;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }
}
