package dev.faqbot.nlu;

import dev.faqbot.safety.CrisisCategory;
import java.util.Optional;

/** The classifier's non-intent labels: the out-of-scope class and one class per crisis category. */
public final class TrainingLabels {

    public static final String OUT_OF_SCOPE = "_out-of-scope";
    private static final String CRISIS_PREFIX = "_crisis:";

    private TrainingLabels() {
    }

    public static String crisis(CrisisCategory category) {
        return CRISIS_PREFIX + category.id();
    }

    public static Optional<CrisisCategory> crisisCategory(String label) {
        return label.startsWith(CRISIS_PREFIX) ? CrisisCategory.fromId(label.substring(CRISIS_PREFIX.length())) : Optional.empty();
    }
}
