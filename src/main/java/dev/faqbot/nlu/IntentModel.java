package dev.faqbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * An OpenNLP document categorizer trained in memory from a {@link TrainingSet}. One instance is
 * built per trained model and shared by every session: categorising only reads the model and
 * allocates its own arrays (see {@code IntentModelConcurrencyTests}).
 */
public final class IntentModel implements IntentClassifier {

    static {
        // OpenNLP re-creates feature generators by class name while building the model.
        ExtensionLoader.registerAllowedPackage(IntentFeatureGenerator.class.getPackageName());
    }

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;

    private IntentModel(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
    }

    /** Reads a model written by {@link #write}. */
    public static IntentModel read(InputStream in) throws IOException {
        return new IntentModel(new DoccatModel(in));
    }

    /** Writes the trained model (the OpenNLP model format; feature generators are re-created by class name). */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    public static IntentModel train(TrainingSet set, ClassifierProperties settings) {
        List<DocumentSample> samples = new ArrayList<>(set.examples().size());
        for (TrainingSet.Example example : set.examples()) {
            String[] tokens = TextNormalizer.tokens(example.text());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(example.label(), tokens));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put("L1Cost", 0.0);
        params.put("L2Cost", settings.l2Cost());
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        params.put(TrainingParameters.THREADS_PARAM, Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return new IntentModel(DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()})));
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    @Override
    public Classification classify(String text) {
        String[] tokens = TextNormalizer.tokens(text);
        double[] probabilities = categorizer.categorize(tokens);
        List<Classification.Score> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new Classification.Score(categorizer.getCategory(i), probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(Classification.Score::probability).reversed());
        return new Classification(ranked);
    }
}
