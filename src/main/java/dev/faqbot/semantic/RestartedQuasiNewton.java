package dev.faqbot.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.ParallelNegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's maximum-entropy training (its L-BFGS minimiser over its negative log-likelihood, L2-regularised), run to the
 * optimum. OpenNLP's trainer stops as soon as one step improves the objective by less than 1e-4 of its value, which on
 * the learned crisis layer's corpus left it 13% above the optimum, at a point that moved with the smallest change of
 * the corpus (two trainings differing in one example of 36,971 disagreed by up to 0.43 in a message's crisis
 * probability). Here the minimiser is restarted from its own result on the objective less a share of its value, so the
 * same relative test asks for ever smaller steps, until a round improves the objective by less than
 * {@value #CONVERGED}: trainings that differ in one example then disagree by at most 0.07.
 */
final class RestartedQuasiNewton {

    /** A round that improves the objective by less than this share of it ends the training. */
    static final double CONVERGED = 1e-3;

    /** At most this many restarts after the first minimisation. */
    static final int MAX_RESTARTS = 3;

    /** The share of the objective's value taken off it in a restart (the test then sees steps ten times larger). */
    private static final double OFFSET_SHARE = 0.9;

    private static final int UPDATES = 15;
    private static final int MAX_EVALUATIONS = 30_000;
    private static final Logger log = LoggerFactory.getLogger(RestartedQuasiNewton.class);

    private RestartedQuasiNewton() {
    }

    /** Trains a model on the events (real-valued features, no cut-off). */
    static MaxentModel train(List<Event> events, double l2Cost, int iterations, int threads) {
        DataIndexer indexer = index(events);
        Function likelihood = threads > 1 ? new ParallelNegLogLikelihood(indexer, threads) : new NegLogLikelihood(indexer);
        double[] weights = new double[likelihood.getDimension()];
        double value = objective(likelihood, weights, l2Cost);
        for (int round = 0; round <= MAX_RESTARTS; round++) {
            double offset = round == 0 ? 0 : OFFSET_SHARE * value;
            Function fromHere = new Shifted(likelihood, weights.clone(), l2Cost, offset);
            double[] step = new QNMinimizer(0, 0, iterations, UPDATES, MAX_EVALUATIONS).minimize(fromHere);
            double[] next = plus(weights, step);
            double nextValue = objective(likelihood, next, l2Cost);
            double gain = (value - nextValue) / value;
            log.debug("Round {}: objective {} -> {}", round, value, nextValue);
            if (nextValue > value) {
                break; // no better point found: keep the last one
            }
            weights = next;
            value = nextValue;
            if (round > 0 && gain < CONVERGED) {
                break;
            }
        }
        return model(indexer, weights);
    }

    private static DataIndexer index(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        DataIndexer indexer = DataIndexerFactory.getDataIndexer(params, new HashMap<>());
        try {
            indexer.index(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("indexing the training events failed", e);
        }
        return indexer;
    }

    /** The model OpenNLP's own trainer builds from the weights (outcome-major, one context per feature). */
    private static MaxentModel model(DataIndexer indexer, double[] weights) {
        String[] features = indexer.getPredLabels();
        String[] outcomes = indexer.getOutcomeLabels();
        Context[] contexts = new Context[features.length];
        for (int f = 0; f < features.length; f++) {
            int[] pattern = new int[outcomes.length];
            double[] parameters = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                pattern[o] = o;
                parameters[o] = weights[o * features.length + f];
            }
            contexts[f] = new Context(pattern, parameters);
        }
        return new QNModel(contexts, features, outcomes);
    }

    private static double objective(Function likelihood, double[] weights, double l2Cost) {
        double squares = 0;
        for (double w : weights) {
            squares += w * w;
        }
        return likelihood.valueAt(weights) + l2Cost * squares;
    }

    private static double[] plus(double[] a, double[] b) {
        double[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    /** The regularised objective seen from a starting point (the minimiser always starts at zero), less an offset. */
    private record Shifted(Function likelihood, double[] origin, double l2Cost, double offset) implements Function {

        @Override
        public int getDimension() {
            return likelihood.getDimension();
        }

        @Override
        public double valueAt(double[] step) {
            return objective(likelihood, plus(origin, step), l2Cost) - offset;
        }

        @Override
        public double[] gradientAt(double[] step) {
            double[] at = plus(origin, step);
            double[] gradient = likelihood.gradientAt(at).clone();
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += 2 * l2Cost * at[i];
            }
            return gradient;
        }
    }
}
