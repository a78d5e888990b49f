package dev.faqbot.nlu;

import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.semantic.VectorMaxent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning half of the intent model: an OpenNLP maximum-entropy model over a message's sentence embedding (the
 * model the crisis screen uses, so a message is embedded once), trained on the same labelled examples as the word
 * model. It carries a question to its intent when the visitor's words are not the examples' words.
 */
final class IntentMeaningModel {

    /** Multiplies every embedding value (unit vectors have small components). */
    static final float SCALE = 10f;
    static final double L2_COST = 0.3;
    static final int ITERATIONS = 60;
    /** Version of the recipe above: part of the cache key. */
    static final String RECIPE = "meaning|scale=" + SCALE + "|l2=" + L2_COST + "|it=" + ITERATIONS + "|v1";

    private final VectorMaxent model;

    private IntentMeaningModel(VectorMaxent model) {
        this.model = model;
    }

    /** Trains on every example, embedding those the table does not hold yet (and keeping them in it). */
    static IntentMeaningModel train(TrainingSet set, SentenceEmbedder embedder, EmbeddingTable table) {
        List<String> texts = set.examples().stream().map(TrainingSet.Example::text).toList();
        List<float[]> vectors = table.embedAll(texts, embedder);
        table.save();
        List<VectorMaxent.Sample> samples = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            samples.add(new VectorMaxent.Sample(set.examples().get(i).label(), vectors.get(i), List.of()));
        }
        return new IntentMeaningModel(VectorMaxent.train(samples, SCALE, L2_COST, ITERATIONS));
    }

    /** The probability of each of {@code labels} (in that order; 0 for a label the model never saw). */
    double[] probabilities(float[] embedding, String[] labels) {
        double[] p = model.probabilities(embedding, List.of(), SCALE);
        double[] out = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int index = model.index(labels[i]);
            out[i] = index < 0 ? 0 : p[index];
        }
        return out;
    }

    static IntentMeaningModel read(InputStream in) throws IOException {
        return new IntentMeaningModel(VectorMaxent.read(in));
    }

    void write(OutputStream out) throws IOException {
        model.write(out);
    }
}
