package dev.faqbot.nlu;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentValidationException;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate [dir] [--folds=N] [--dev=file] [--out=folder]}: stratified k-fold cross-validation
 * over an intents folder, per-intent precision / recall / F1, the most confused pairs with examples,
 * a confusion-matrix SVG, and the score on a development test set when one is given or found.
 */
@Component
class EvaluateCommand implements CliCommand {

    static final Path DEFAULT_DEV_SET = Path.of("src/test/resources/nlu/regression-intents.tsv");

    private final IntentLoader loader;
    private final ClassifierProperties settings;
    private final IntentsProperties intents;
    private final SentenceEmbedder embedder;

    EvaluateCommand(IntentLoader loader, ClassifierProperties settings, IntentsProperties intents, SentenceEmbedder embedder) {
        this.embedder = embedder;
        this.loader = loader;
        this.settings = settings;
        this.intents = intents;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String usage() {
        return "evaluate [dir] [--folds=5] [--dev=file.tsv] [--out=target/evaluation]   cross-validation report and confusion picture";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        List<String> positional = new ArrayList<>();
        int folds = 5;
        Path dev = Files.exists(DEFAULT_DEV_SET) ? DEFAULT_DEV_SET : null;
        Path outDir = Path.of("target", "evaluation");
        for (String arg : args) {
            if (arg.startsWith("--folds=")) {
                folds = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("--dev=")) {
                dev = Path.of(arg.substring(6));
            } else if (arg.startsWith("--out=")) {
                outDir = Path.of(arg.substring(6));
            } else if (!arg.startsWith("--")) {
                positional.add(arg);
            }
        }
        Path dir = positional.isEmpty() ? intents.dir() : Path.of(positional.get(0));
        IntentCatalog catalog;
        try {
            catalog = loader.load(dir);
        } catch (IntentValidationException e) {
            out.println(e.getMessage());
            return 1;
        }
        TrainingSet set = TrainingSet.of(catalog);
        out.printf("Evaluating %d intents, %d training messages, %d folds (a model is trained per fold, then one on "
                + "everything for the development set)...%n", catalog.intents().size(), set.examples().size(), folds);
        long started = System.nanoTime();
        EvaluationReport report = EvaluationReport.of(CrossValidation.run(set, settings, CrossValidation.fullModel(settings, embedder), folds, 42,
                (done, total) -> out.printf("  fold %d of %d done (%d s)%n", done, total, (System.nanoTime() - started) / 1_000_000_000)));
        out.println();
        out.print(report.render(12));
        if (dev != null) {
            out.printf("%nTraining on every example for the development set...%n");
            IntentClassifier model = CrossValidation.fullModel(settings, embedder).train(set);
            IntentDecider decider = new IntentDecider(settings);
            DevSetScore score = DevSetScore.score(LabelledMessage.readTsv(dev), t -> decider.decide(model.classify(t)));
            out.printf("%nDevelopment test set %s (never trained on):%n  %s%n", dev, score.summary());
        }
        try {
            Files.createDirectories(outDir);
            Path svg = outDir.resolve("confusion.svg");
            Files.writeString(svg, ConfusionSvg.render(report));
            Files.writeString(outDir.resolve("report.txt"), report.render(50));
            out.printf("%nConfusion picture: %s%nFull report: %s%n", svg, outDir.resolve("report.txt"));
        } catch (IOException e) {
            out.println("Could not write the report files: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
