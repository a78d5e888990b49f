package dev.faqbot.nlu;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import java.util.ArrayList;
import java.util.List;

/** Labelled messages to train on: every intent's examples and title, and the out-of-scope examples
 * (crisis is the safety package's business: its learned layer has its own corpus). */
public record TrainingSet(List<Example> examples) {

    /** One training message and its label. */
    public record Example(String label, String text) {
    }

    public TrainingSet {
        examples = List.copyOf(examples);
    }

    public static TrainingSet of(IntentCatalog catalog) {
        List<Example> examples = new ArrayList<>();
        for (Intent intent : catalog.all()) {
            intent.allExamples().forEach(e -> examples.add(new Example(intent.id(), e)));
            examples.add(new Example(intent.id(), intent.title()));
        }
        catalog.outOfScopeExamples().forEach(e -> examples.add(new Example(TrainingLabels.OUT_OF_SCOPE, e)));
        return new TrainingSet(examples);
    }
}
