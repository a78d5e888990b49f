package dev.faqbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What staff read after {@code evaluate}: per-intent precision, recall and F1 from cross-validation,
 * the most confused pairs with example messages, and the overall rates.
 */
public record EvaluationReport(List<IntentScore> intents, List<Confusion> confusions, double accuracy,
                               double outOfScopeFallback, double wrongAnswerRate, int messages) {

    /** One intent's figures; support is how many held-out examples it had. */
    public record IntentScore(String intent, double precision, double recall, double f1, int support) {
    }

    /** Examples of {@code gold} that were answered (or handled) as {@code predicted}. */
    public record Confusion(String gold, String predicted, int count, List<String> examples) {
    }

    public static EvaluationReport of(List<CrossValidation.Prediction> predictions) {
        Map<String, int[]> counts = new TreeMap<>(); // [true positive, predicted as, gold]
        Map<String, Confusion> confusions = new LinkedHashMap<>();
        int correct = 0, outOfScope = 0, outOfScopeFallback = 0, wrong = 0;
        for (CrossValidation.Prediction p : predictions) {
            String predicted = p.predicted();
            boolean goldOutOfScope = TrainingLabels.OUT_OF_SCOPE.equals(p.gold());
            if (goldOutOfScope) {
                outOfScope++;
                if (p.decision() instanceof Decision.Fallback) {
                    outOfScopeFallback++;
                    correct++;
                    continue;
                }
            } else {
                counts.computeIfAbsent(p.gold(), k -> new int[3])[2]++;
            }
            if (p.decision() instanceof Decision.Answer) {
                counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
            }
            if (predicted.equals(p.gold())) {
                counts.get(p.gold())[0]++;
                correct++;
                continue;
            }
            if (p.decision() instanceof Decision.Answer) {
                wrong++;
            }
            String key = p.gold() + " -> " + predicted;
            Confusion old = confusions.get(key);
            List<String> examples = old == null ? new ArrayList<>() : new ArrayList<>(old.examples());
            if (examples.size() < 3) {
                examples.add(p.text());
            }
            confusions.put(key, new Confusion(p.gold(), predicted, old == null ? 1 : old.count() + 1, examples));
        }
        List<IntentScore> scores = new ArrayList<>();
        for (String intent : new TreeSet<>(counts.keySet())) {
            int[] c = counts.get(intent);
            if (c[2] == 0) {
                continue;
            }
            double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double recall = (double) c[0] / c[2];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new IntentScore(intent, precision, recall, f1, c[2]));
        }
        List<Confusion> ranked = new ArrayList<>(confusions.values());
        ranked.sort(Comparator.comparingInt(Confusion::count).reversed());
        int n = predictions.size();
        return new EvaluationReport(scores, ranked, n == 0 ? 0 : (double) correct / n,
                outOfScope == 0 ? 0 : (double) outOfScopeFallback / outOfScope, n == 0 ? 0 : (double) wrong / n, n);
    }

    /** The confusion count between every pair of labels, for the confusion-matrix picture. */
    public Map<String, Map<String, Integer>> matrix() {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        confusions.forEach(c -> matrix.computeIfAbsent(c.gold(), k -> new TreeMap<>()).put(c.predicted(), c.count()));
        return matrix;
    }

    public String render(int maxConfusions) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Cross-validation over %d held-out examples: %.1f%% handled right, "
                        + "out-of-scope -> fallback %.1f%%, wrong answers %.1f%%%n%n",
                messages, 100 * accuracy, 100 * outOfScopeFallback, 100 * wrongAnswerRate));
        out.append(String.format("%-26s %9s %7s %6s %8s%n", "intent", "precision", "recall", "F1", "examples"));
        for (IntentScore s : intents) {
            out.append(String.format("%-26s %9.2f %7.2f %6.2f %8d%n", s.intent(), s.precision(), s.recall(), s.f1(), s.support()));
        }
        out.append(String.format("%nMost confused (gold -> handled as):%n"));
        for (Confusion c : confusions.subList(0, Math.min(maxConfusions, confusions.size()))) {
            out.append(String.format("  %3d  %s -> %s%n", c.count(), c.gold(), c.predicted()));
            c.examples().forEach(e -> out.append("         e.g. \"").append(e).append("\"\n"));
        }
        return out.toString();
    }
}
