package dev.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a model did on labelled visitor messages: in-scope messages answered with the right intent
 * (top-1), out-of-scope messages given the fallback, and wrong answers (an answer with the wrong
 * intent, or any answer to an out-of-scope message). Clarify and fallback on an in-scope message
 * are not wrong, only unhelpful.
 */
record DevSetScore(int inScope, int inScopeCorrect, int inScopeClarified, int outOfScope, int outOfScopeFallback,
                          int wrongAnswers, List<String> mistakes) {

    public static DevSetScore score(List<LabelledMessage> messages, Function<String, Decision> decide) {
        int inScope = 0, correct = 0, clarified = 0, outOfScope = 0, fallback = 0, wrong = 0;
        List<String> mistakes = new ArrayList<>();
        for (LabelledMessage message : messages) {
            Decision decision = decide.apply(message.text());
            String got = describe(decision);
            if (LabelledMessage.OUT_OF_SCOPE.equals(message.label())) {
                outOfScope++;
                if (decision instanceof Decision.Fallback) {
                    fallback++;
                } else {
                    if (decision instanceof Decision.Answer) {
                        wrong++;
                    }
                    mistakes.add("out-of-scope -> " + got + " | " + message.text());
                }
            } else {
                inScope++;
                if (decision instanceof Decision.Answer answer && answer.intent().equals(message.label())) {
                    correct++;
                } else {
                    if (decision instanceof Decision.Answer) {
                        wrong++;
                    } else if (decision instanceof Decision.Clarify c && c.intents().contains(message.label())) {
                        clarified++;
                    }
                    mistakes.add(message.label() + " -> " + got + " | " + message.text());
                }
            }
        }
        return new DevSetScore(inScope, correct, clarified, outOfScope, fallback, wrong, mistakes);
    }

    public double inScopeTop1() {
        return inScope == 0 ? 0 : (double) inScopeCorrect / inScope;
    }

    public double outOfScopeFallbackRate() {
        return outOfScope == 0 ? 0 : (double) outOfScopeFallback / outOfScope;
    }

    public double wrongAnswerRate() {
        int all = inScope + outOfScope;
        return all == 0 ? 0 : (double) wrongAnswers / all;
    }

    public String summary() {
        return String.format("in-scope top-1 %.1f%% (%d/%d, %d more clarified with the right option), "
                        + "out-of-scope -> fallback %.1f%% (%d/%d), wrong answers %.1f%% (%d/%d)",
                100 * inScopeTop1(), inScopeCorrect, inScope, inScopeClarified, 100 * outOfScopeFallbackRate(),
                outOfScopeFallback, outOfScope, 100 * wrongAnswerRate(), wrongAnswers, inScope + outOfScope);
    }

    private static String describe(Decision decision) {
        if (decision instanceof Decision.Answer a) {
            return "answer " + a.intent() + String.format(" %.2f", a.confidence());
        }
        if (decision instanceof Decision.Clarify c) {
            return "clarify " + c.intents();
        }
        return "fallback";
    }
}
