package dev.faqbot.staff;

import dev.faqbot.chat.Reply;
import dev.faqbot.chat.Trial;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.safety.CrisisVerdict;
import dev.faqbot.safety.LearnedLayerProperties;
import java.util.List;
import java.util.Locale;

/**
 * The try panel's answer: the exact reply a visitor would get and why.
 *
 * @param decidedBy {@code floor}, {@code learned} or {@code learned-context} (a safety layer), {@code limits} (an error
 *                  reply such as too-long) or {@code classifier}
 * @param crisis the crisis verdict when a safety layer decided, else null
 * @param topIntents the classifier's best labels (intent ids or out-of-scope) with their probabilities
 * @param lang the language of the reply
 */
record TryView(Reply reply, String decidedBy, Crisis crisis, List<Score> topIntents, Thresholds thresholds, String lang) {

    /** What the safety layer found and how sure it was (1 for the floor); the rule is for staff eyes only. */
    record Crisis(String category, String rule, boolean negated, double probability) {
    }

    /** A label and its probability. */
    record Score(String intent, double probability) {
    }

    /** The settings the decision was taken with. */
    record Thresholds(double answer, double clarifyMargin, double learnedCrisis) {
    }

    static TryView of(Trial trial, ClassifierProperties classifier, LearnedLayerProperties learned) {
        Reply reply = trial.reply();
        CrisisVerdict verdict = trial.verdict().orElse(null);
        String decidedBy = verdict != null ? verdict.layer().name().toLowerCase(Locale.ROOT).replace('_', '-')
                : "error".equals(reply.type()) ? "limits" : "classifier";
        return new TryView(reply, decidedBy,
                verdict == null ? null : new Crisis(verdict.category().id(), verdict.ruleId(), verdict.negated(),
                        verdict.probability()),
                trial.topIntents().stream().map(s -> new Score(s.label(), s.probability())).toList(),
                new Thresholds(classifier.thresholdFor(reply.lang()), classifier.clarifyMargin(), learned.threshold()),
                reply.lang());
    }
}
