package dev.faqbot.nlu;

import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation over a training set: every label's examples are spread evenly
 * over the folds, each fold is classified by a model trained on the others, and every prediction is
 * kept for the report. Crisis examples train every fold but are not scored here (the safety suite does).
 */
public final class CrossValidation {

    /** One held-out example and what the model trained without it decided. */
    public record Prediction(String gold, String text, Decision decision) {

        /** The answered intent, "fallback" or "clarify". */
        public String predicted() {
            if (decision instanceof Decision.Answer a) {
                return a.intent();
            }
            if (decision instanceof Decision.Clarify) {
                return "clarify";
            }
            return "fallback";
        }
    }

    private CrossValidation() {
    }

    /** Trains a classifier on one fold's training part. */
    @FunctionalInterface
    public interface Training {
        IntentClassifier train(TrainingSet set);
    }

    /** The shipped classifier's recipe: both halves, the examples' embeddings read from the jar's table. */
    public static Training fullModel(ClassifierProperties settings, SentenceEmbedder embedder) {
        EmbeddingTable embeddings = new EmbeddingTable(null);
        return set -> IntentModel.train(set, settings, embedder, embeddings);
    }

    public static List<Prediction> run(TrainingSet set, ClassifierProperties settings, Training training, int folds, long seed) {
        return run(set, settings, training, folds, seed, (done, total) -> { });
    }

    /** Told after each fold: how many are done and how many there are. */
    @FunctionalInterface
    public interface Progress {
        void foldDone(int done, int total);
    }

    public static List<Prediction> run(TrainingSet set, ClassifierProperties settings, Training training, int folds, long seed,
            Progress progress) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        Map<String, List<TrainingSet.Example>> byLabel = new LinkedHashMap<>();
        for (TrainingSet.Example example : set.examples()) {
            byLabel.computeIfAbsent(example.label(), l -> new ArrayList<>()).add(example);
        }
        List<List<TrainingSet.Example>> foldExamples = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            foldExamples.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        for (List<TrainingSet.Example> examples : byLabel.values()) {
            List<TrainingSet.Example> shuffled = new ArrayList<>(examples);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i++) {
                foldExamples.get(i % folds).add(shuffled.get(i));
            }
        }
        IntentDecider decider = new IntentDecider(settings);
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingSet.Example> rest = new ArrayList<>();
            for (int other = 0; other < folds; other++) {
                if (other != fold) {
                    rest.addAll(foldExamples.get(other));
                }
            }
            IntentClassifier model = training.train(new TrainingSet(rest));
            for (TrainingSet.Example example : foldExamples.get(fold)) {
                predictions.add(new Prediction(example.label(), example.text(), decider.decide(model.classify(example.text()), example.lang())));
            }
            progress.foldDone(fold + 1, folds);
        }
        return predictions;
    }
}
