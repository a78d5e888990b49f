package dev.faqbot.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP maximum-entropy model (quasi-Newton, L2) over real-valued features: a sentence embedding, optionally
 * with sparse word features beside it (value 1). Thread-safe once trained: evaluation only reads the model.
 */
public final class VectorMaxent {

    /** One training example: its label, its embedding and any extra sparse features. */
    public record Sample(String label, float[] vector, List<String> extra) {
        public Sample {
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(vector, "vector must not be null");
            extra = List.copyOf(extra);
        }
    }

    private static final String[] DIMENSION_NAMES = new String[SentenceEmbedder.DIMENSIONS];

    static {
        for (int d = 0; d < DIMENSION_NAMES.length; d++) {
            DIMENSION_NAMES[d] = "e" + d;
        }
    }

    private final MaxentModel model;

    private VectorMaxent(MaxentModel model) {
        this.model = model;
    }

    /**
     * Trains on the samples.
     *
     * @param scale multiplies every embedding value, so the dense part weighs against the sparse features
     */
    public static VectorMaxent train(List<Sample> samples, float scale, double l2Cost, int iterations) {
        List<Event> events = events(samples, scale);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put("L1Cost", 0.0);
        params.put("L2Cost", l2Cost);
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put(TrainingParameters.THREADS_PARAM, threads());
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new VectorMaxent(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }

    /**
     * Trains on the samples to the optimum of the objective (see {@link RestartedQuasiNewton}): slower than
     * {@link #train} (about twice), but the model no longer moves with small changes of the samples.
     */
    public static VectorMaxent trainToOptimum(List<Sample> samples, float scale, double l2Cost, int iterations) {
        return new VectorMaxent(RestartedQuasiNewton.train(events(samples, scale), l2Cost, iterations, threads()));
    }

    private static List<Event> events(List<Sample> samples, float scale) {
        List<Event> events = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            events.add(event(s.label(), s.vector(), s.extra(), scale));
        }
        return events;
    }

    /** Training threads: one per core. */
    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The probability of every label, in {@link #label} order. */
    public double[] probabilities(float[] vector, List<String> extra, float scale) {
        Event e = event("?", vector, extra, scale);
        return model.eval(e.getContext(), e.getValues());
    }

    public String label(int index) {
        return model.getOutcome(index);
    }

    /** Index of a label, or -1 when the model never saw it. */
    public int index(String label) {
        return model.getIndex(label);
    }

    public int labels() {
        return model.getNumOutcomes();
    }

    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    public static VectorMaxent read(InputStream in) throws IOException {
        return new VectorMaxent(MaxentFiles.read(in));
    }

    private static Event event(String label, float[] vector, List<String> extra, float scale) {
        String[] context = new String[vector.length + extra.size()];
        float[] values = new float[context.length];
        for (int d = 0; d < vector.length; d++) {
            context[d] = DIMENSION_NAMES[d];
            values[d] = vector[d] * scale;
        }
        for (int i = 0; i < extra.size(); i++) {
            context[vector.length + i] = extra.get(i);
            values[vector.length + i] = 1f;
        }
        return new Event(label, context, values);
    }
}
