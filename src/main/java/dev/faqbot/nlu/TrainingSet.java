package dev.faqbot.nlu;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import java.util.ArrayList;
import java.util.List;

/** Labelled messages to train on: every intent's examples and title, and the out-of-scope examples
 * (crisis is the safety package's business: its learned layer has its own corpus). */
public record TrainingSet(List<Example> examples) {

    private static final String ENGLISH = "en";
    private static final String SPANISH = "es";

    /**
     * One training message, its label and the language it was written in ("en", "es"), null when the file does not
     * say (the out-of-scope examples): cross-validation decides it with that language's answer threshold, as served.
     */
    public record Example(String label, String text, String lang) {
    }

    public TrainingSet {
        examples = List.copyOf(examples);
    }

    public static TrainingSet of(IntentCatalog catalog) {
        List<Example> examples = new ArrayList<>();
        for (Intent intent : catalog.all()) {
            intent.examples().forEach(e -> examples.add(new Example(intent.id(), e, ENGLISH)));
            if (intent.es() != null) {
                intent.es().examples().forEach(e -> examples.add(new Example(intent.id(), e, SPANISH)));
            }
            examples.add(new Example(intent.id(), intent.title(), ENGLISH));
        }
        catalog.outOfScopeExamples().forEach(e -> examples.add(new Example(TrainingLabels.OUT_OF_SCOPE, e, null)));
        return new TrainingSet(examples);
    }
}
