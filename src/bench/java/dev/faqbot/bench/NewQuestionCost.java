package dev.faqbot.bench;

import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.content.ModelPretrainer;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.nlu.IntentModel;
import dev.faqbot.nlu.TrainingSet;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisLayerTrainer;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.LearnedLayerProperties;
import dev.faqbot.safety.PhraseCrisisScreen;
import dev.faqbot.safety.SafetyService;
import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the CPU of a question never asked before goes, step by step, in this process on one thread: the floor, the
 * message's sentence embedding, the learned crisis layer's other readings and model, and the classifier's two models
 * (each later step finds the embedding already made). Every message is new to every cache; the first
 * {@code --warmup} messages only warm the JIT.
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec -Dbench.main=dev.faqbot.bench.NewQuestionCost \
 *     -Dbench.args="--messages=src/test/resources/nlu/regression-intents.tsv,src/test/resources/safety/regression-ordinary.txt --count=600 --warmup=600"
 * </pre>
 */
public final class NewQuestionCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NewQuestionCost() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        Path intents = Path.of(a.string("intents", "intents"));
        Set<String> distinct = new LinkedHashSet<>();
        for (String file : a.string("messages", "src/test/resources/nlu/regression-intents.tsv").split(",")) {
            distinct.addAll(VisitorMessages.readFile(Path.of(file)));
        }
        List<String> messages = new ArrayList<>(distinct);
        int warmup = Math.min(a.integer("warmup", 600), messages.size() / 2);
        int count = Math.min(a.integer("count", 600), messages.size() - warmup);

        IntentCatalog catalog = new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")).load(intents);
        SentenceEmbedder embedder = new SentenceEmbedder(100_000);
        CrisisRules rules = CrisisRules.ofIntentsFolder(intents);
        PhraseCrisisScreen floor = new PhraseCrisisScreen(rules);
        LearnedLayerProperties learned = ModelPretrainer.shippedLearnedLayer();
        SafetyService safety = new SafetyService(floor, learned.maxChars());
        // the learned layer is trained once into --cache (minutes), then read from it
        safety.swapLearned(new CrisisLayerTrainer(embedder, Path.of(a.string("cache", "data/model-cache")), learned.threshold())
                .build(rules, CrisisExamplesFile.load(intents.resolve(IntentLoader.CRISIS_EXAMPLES_FILE)), catalog.ordinaryExamples()));
        IntentModel classifier = IntentModel.train(TrainingSet.of(catalog), ModelPretrainer.shippedSettings(), embedder,
                new EmbeddingTable(null));

        long[] total = new long[4];
        for (int i = 0; i < warmup + count; i++) {
            String text = messages.get(i);
            long t0 = cpu();
            floor.screen(text, List.of());
            long t1 = cpu();
            embedder.embed(text);
            long t2 = cpu();
            safety.assess(text, List.of());
            long t3 = cpu();
            classifier.classify(text);
            long t4 = cpu();
            if (i >= warmup) {
                total[0] += t1 - t0;
                total[1] += t2 - t1;
                total[2] += t3 - t2;
                total[3] += t4 - t3;
            }
        }
        double all = (total[0] + total[1] + total[2] + total[3]) / 1e6 / count;
        System.out.printf("%d new messages (after %d to warm up), CPU per message: floor %.3f ms, sentence embedding %.3f ms, "
                        + "learned layer's other readings and model %.3f ms, classifier's models %.3f ms; %.3f ms in all%n",
                count, warmup, total[0] / 1e6 / count, total[1] / 1e6 / count, total[2] / 1e6 / count, total[3] / 1e6 / count, all);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
