package dev.faqbot.chat;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.cli.CommandOptions;
import dev.faqbot.nlu.Classification;
import dev.faqbot.safety.CrisisResource;
import java.io.PrintStream;
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
 * ({@link ChatService#trial}, which the staff page shows too; nothing is recorded in insights).
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
        return "try \"question\"                    the reply a visitor would get, top intents, crisis rule";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(this, options, args, out);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        String question = String.join(" ", options.words);
        if (question.isBlank()) {
            out.println("Usage: try \"how long do the effects last?\"");
            return 2;
        }
        Trial trial = chat.trial(question, List.of(), null);
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
        return 0;
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

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }
}
