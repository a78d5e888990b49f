package dev.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a ranking into answer, clarify or fallback: never a guessed
 * answer below the threshold, and out-of-scope wins whenever it outranks every intent.
 */
public final class IntentDecider {

    private final ClassifierProperties settings;

    public IntentDecider(ClassifierProperties settings) {
        this.settings = settings;
    }

    /**
     * @param lang the message's language ("en", "es"), which picks the answer threshold; null when unknown (the
     *             English one)
     */
    public Decision decide(Classification classification, String lang) {
        double threshold = settings.thresholdFor(lang);
        List<Classification.Score> intents = new ArrayList<>(3);
        double outOfScope = 0;
        for (Classification.Score score : classification.ranked()) {
            if (TrainingLabels.OUT_OF_SCOPE.equals(score.label())) {
                outOfScope = score.probability();
            } else if (intents.size() < 3) {
                intents.add(score);
            }
        }
        if (intents.isEmpty()) {
            return new Decision.Fallback(null);
        }
        Classification.Score best = intents.get(0);
        double second = intents.size() > 1 ? intents.get(1).probability() : 0;
        if (outOfScope >= best.probability()) {
            return new Decision.Fallback(best.label());
        }
        boolean close = best.probability() - second < settings.clarifyMargin();
        if (close && best.probability() + second >= threshold && second >= threshold / 3) {
            List<String> options = new ArrayList<>();
            for (Classification.Score score : intents) {
                if (options.size() < 2 || best.probability() - score.probability() < settings.clarifyMargin()) {
                    options.add(score.label());
                }
            }
            return new Decision.Clarify(options);
        }
        if (best.probability() >= threshold) {
            return new Decision.Answer(best.label(), best.probability());
        }
        return new Decision.Fallback(best.label());
    }
}
