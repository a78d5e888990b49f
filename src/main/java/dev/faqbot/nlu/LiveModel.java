package dev.faqbot.nlu;

import dev.faqbot.intents.IntentCatalog;
import java.util.Objects;

/** The content being served: a validated catalogue and the classifier trained from it, swapped together. */
public record LiveModel(IntentCatalog catalog, IntentClassifier classifier, long trainingMillis) {

    public LiveModel {
        Objects.requireNonNull(catalog, "catalog must not be null");
        Objects.requireNonNull(classifier, "classifier must not be null");
    }
}
