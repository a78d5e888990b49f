package dev.faqbot.nlu;

/** The classifier's one non-intent label: the out-of-scope class. */
final class TrainingLabels {

    public static final String OUT_OF_SCOPE = "_out-of-scope";

    private TrainingLabels() {
    }
}
