package dev.faqbot.nlu;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.safety.CrisisCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Labelled messages to train on: every intent's examples and title, out-of-scope and crisis examples. */
public record TrainingSet(List<Example> examples) {

    /** One training message and its label. */
    public record Example(String label, String text) {
    }

    public TrainingSet {
        examples = List.copyOf(examples);
    }

    public static TrainingSet of(IntentCatalog catalog, Map<CrisisCategory, List<String>> crisisExamples) {
        List<Example> examples = new ArrayList<>();
        for (Intent intent : catalog.all()) {
            intent.examples().forEach(e -> examples.add(new Example(intent.id(), e)));
            examples.add(new Example(intent.id(), intent.title()));
        }
        catalog.outOfScopeExamples().forEach(e -> examples.add(new Example(TrainingLabels.OUT_OF_SCOPE, e)));
        crisisExamples.forEach((category, texts) ->
                texts.forEach(t -> examples.add(new Example(TrainingLabels.crisis(category), t))));
        return new TrainingSet(examples);
    }
}
