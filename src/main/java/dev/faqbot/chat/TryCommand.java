package dev.faqbot.chat;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.nlu.Classification;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.safety.CrisisVerdict;
import dev.faqbot.safety.SafetyService;
import dev.faqbot.system.RateLimiter;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code try "question"}: the reply a visitor would get, the top three intents and the crisis rule that fired. */
@Component
class TryCommand implements CliCommand {

    private final ChatService chat;
    private final SafetyService safety;
    private final LiveModelHolder model;
    private final RateLimiter rateLimiter;

    TryCommand(ChatService chat, SafetyService safety, LiveModelHolder model, RateLimiter rateLimiter) {
        this.chat = chat;
        this.rateLimiter = rateLimiter;
        this.safety = safety;
        this.model = model;
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
        String question = String.join(" ", args.stream().filter(a -> !a.startsWith("--")).toList());
        if (question.isBlank()) {
            out.println("Usage: try \"how long do the effects last?\"");
            return 2;
        }
        Optional<CrisisVerdict> verdict = safety.assess(question, List.of());
        Reply reply = chat.reply(new ChatRequest(question, null, null, null), new Conversation(null, rateLimiter.newConnectionBucket()));
        out.println("Reply: " + reply.type() + (reply.intent() != null ? " (" + reply.intent() + ")" : "")
                + (reply.category() != null ? " (" + reply.category() + ")" : "") + (reply.code() != null ? " (" + reply.code() + ")" : ""));
        out.println();
        out.println(indent(reply.text()));
        if (reply.resources() != null) {
            reply.resources().forEach(r -> out.println("  - " + r.name() + (r.call() != null ? ", call " + r.call() : "")
                    + (r.sms() != null ? ", text " + (r.keyword() != null ? r.keyword() + " to " : "") + r.sms() : "")));
        }
        if (reply.options() != null) {
            reply.options().forEach(o -> out.println("  option: " + o.intent() + " (" + o.title() + ")"));
        }
        out.println();
        out.println("Crisis: " + verdict.map(v -> v.category().id() + " by the " + v.layer().name().toLowerCase(Locale.ROOT)
                + " layer (" + v.ruleId() + (v.negated() ? ", negated" : "") + ")").orElse("none"));
        out.println("Top intents:");
        for (Classification.Score score : model.get().classifier().classify(question).top(3)) {
            out.printf("  %-28s %.3f%n", score.label(), score.probability());
        }
        return 0;
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
