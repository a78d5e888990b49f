package dev.faqbot.nlu;

/** Ranks the labels a trained model knows for one visitor message. Thread-safe. */
public interface IntentClassifier {

    Classification classify(String text);
}
