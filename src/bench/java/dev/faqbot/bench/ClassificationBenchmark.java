package dev.faqbot.bench;

import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.Decision;
import dev.faqbot.nlu.IntentDecider;
import dev.faqbot.nlu.IntentModel;
import dev.faqbot.content.ModelPretrainer;
import dev.faqbot.nlu.TrainingSet;
import dev.faqbot.semantic.EmbeddingTable;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to classify one visitor question and decide answer / clarify / fallback, with the model trained once
 * from the shipped {@code intents/} folder and the server's default settings. {@code typical} cycles through
 * twenty ordinary questions, {@code max-1000} is a message at the size limit. Target: p99 at most 100 us.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ClassificationBenchmark {

    @Param({"typical", "max-1000"})
    public String message;

    private IntentModel model;
    private IntentDecider decider;
    private List<String> texts;
    private int next;
    private long calls;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path intents = Path.of(System.getProperty("bench.intents", "intents"));
        IntentCatalog catalog = new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")).load(intents);
        ClassifierProperties settings = ModelPretrainer.shippedSettings();
        // no embedding cache, and every call's text is new (a counter is appended, since the model keeps the rankings of
        // recent questions): the cost of a question never asked before
        model = IntentModel.train(TrainingSet.of(catalog), settings, new SentenceEmbedder(0), new EmbeddingTable(null));
        decider = new IntentDecider(settings);
        texts = message.equals("typical") ? VisitorMessages.QUESTIONS : List.of(VisitorMessages.ofLength(1000));
    }

    @Benchmark
    public Decision classifyAndDecide() {
        String text = texts.get(next) + " " + calls++;
        next = next + 1 == texts.size() ? 0 : next + 1;
        return decider.decide(model.classify(text), "en");
    }
}
