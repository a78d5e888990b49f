package dev.faqbot.nlu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.MaxentFiles;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * The intent classifier: two OpenNLP maximum-entropy models trained from the same {@link TrainingSet}, one over the
 * message's words (stemmed words, bigrams, character 4-grams: typos and exact phrasing) and one over its sentence
 * embedding (meaning, when the visitor's words are not the examples'), pooled as a weighted geometric mean. One instance
 * is built per trained model and shared by every session: classifying only reads the models and allocates its own
 * arrays (see {@code IntentModelConcurrencyTests}). The rankings of recent questions are kept (about 10,000 short ones),
 * so a question asked again costs neither model.
 */
public final class IntentModel implements IntentClassifier {

    static {
        // OpenNLP re-creates feature generators by class name while building the model.
        ExtensionLoader.registerAllowedPackage(IntentFeatureGenerator.class.getPackageName());
    }

    /**
     * Weight of the meaning model in the pooled log-probability. Chosen by 5-fold cross-validation over the shipped
     * intents (0.3 of 0, 0.3, 0.5, 0.7, 1; geometric over linear pooling): 78.9% right / 6.3% wrong answers against
     * 70.0% / 7.2% for the word model alone at the same threshold.
     */
    static final double MEANING_WEIGHT = 0.3;
    private static final double FLOOR = 1e-9;
    /** OpenNLP's language code of the word model: the model is trained on English and Spanish alike, so only a label. */
    private static final String LANGUAGE = "en";

    private final DocumentCategorizerME categorizer;
    private final IntentMeaningModel meaning;
    private final SentenceEmbedder embedder;
    private final String[] labels;

    /**
     * Budget of the recent rankings, in characters: each question counts its length plus {@value #RANKING_WEIGHT} for its
     * ranking (a model lives until the next training, and its rankings with it).
     */
    static final long RECENT_CHARACTERS = 6_000_000;

    /** What one ranking weighs against the characters of its question (a score per label, about 1.5 KB). */
    private static final int RANKING_WEIGHT = 500;

    private final Cache<String, Classification> recent = Caffeine.newBuilder().maximumWeight(RECENT_CHARACTERS)
            .<String, Classification>weigher((question, ranking) -> question.length() + RANKING_WEIGHT).build();

    IntentModel(DoccatModel words, IntentMeaningModel meaning, SentenceEmbedder embedder) {
        this.categorizer = new DocumentCategorizerME(words);
        this.meaning = meaning;
        this.embedder = embedder;
        this.labels = labelsOf(categorizer);
    }

    private static String[] labelsOf(DocumentCategorizerME categorizer) {
        String[] labels = new String[categorizer.getNumberOfCategories()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = categorizer.getCategory(i);
        }
        return labels;
    }

    /** Trains both halves (the embeddings of the examples come from, and go to, {@code table}). */
    public static IntentModel train(TrainingSet set, ClassifierProperties settings, SentenceEmbedder embedder, EmbeddingTable table) {
        return new IntentModel(trainWords(set, settings), IntentMeaningModel.train(set, embedder, table), embedder);
    }

    /**
     * The word model alone, for checks that are about wording (validate's confusable-examples warning): as fast to
     * train as the word half, without embedding anything.
     */
    public static IntentClassifier wordsOnly(TrainingSet set, ClassifierProperties settings) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(trainWords(set, settings));
        String[] labels = labelsOf(categorizer);
        return text -> ranked(labels, categorizer.categorize(TextNormalizer.tokens(text)));
    }

    /**
     * Reads a word model written by {@link #writeWords}. The maximum-entropy model alone, in OpenNLP's binary model
     * format without its zip package: about a third of the time of reading the packaged model at start-up.
     */
    static DoccatModel readWords(InputStream in) throws IOException {
        return new DoccatModel(LANGUAGE, MaxentFiles.read(in), Map.of(), factory());
    }

    /** Writes a word model's maximum-entropy model (its feature generator is this class's, see {@link #factory}). */
    static void writeWords(DoccatModel model, OutputStream out) throws IOException {
        MaxentFiles.write(model.getMaxentModel(), out);
    }

    private static DoccatFactory factory() {
        return new DoccatFactory(new FeatureGenerator[] {new IntentFeatureGenerator()});
    }

    static DoccatModel trainWords(TrainingSet set, ClassifierProperties settings) {
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
            return DocumentCategorizerME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples), params, factory());
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    @Override
    public Classification classify(String text) {
        return recent.get(text, this::classifyAfresh);
    }

    private Classification classifyAfresh(String text) {
        double[] byWords = categorizer.categorize(TextNormalizer.tokens(text));
        double[] byMeaning = meaning.probabilities(embedder.embed(text), labels);
        double[] pooled = new double[labels.length];
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            pooled[i] = Math.exp((1 - MEANING_WEIGHT) * Math.log(byWords[i] + FLOOR) + MEANING_WEIGHT * Math.log(byMeaning[i] + FLOOR));
            sum += pooled[i];
        }
        for (int i = 0; i < labels.length; i++) {
            pooled[i] /= sum;
        }
        return ranked(labels, pooled);
    }

    private static Classification ranked(String[] labels, double[] probabilities) {
        List<Classification.Score> ranked = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            ranked.add(new Classification.Score(labels[i], probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(Classification.Score::probability).reversed());
        return new Classification(ranked);
    }
}
