package dev.faqbot.nlu;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.cli.CommandOptions;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentValidationException;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(this, options, args, out);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        int folds = options.folds;
        if (folds < 2) {
            return CommandOptions.usageError(this, "--folds needs at least 2, got " + folds, out);
        }
        Path dev = options.dev != null ? options.dev : Files.exists(DEFAULT_DEV_SET) ? DEFAULT_DEV_SET : null;
        Path outDir = options.out;
        Path dir = options.dir != null ? options.dir : intents.dir();
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
            DevSetScore score = DevSetScore.score(LabelledMessage.readTsv(dev), t -> decider.decide(model.classify(t), null));
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

    @Command(name = "evaluate", description = "Cross-validates the classifier over the intent files, scores the development "
            + "set and writes the report and the confusion picture.")
    static final class Options {
        @Parameters(arity = "0..1", paramLabel = "dir", description = "the intents folder (default: faqbot.intents.dir)")
        Path dir;

        @Option(names = "--folds", paramLabel = "N", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--dev", paramLabel = "file.tsv", description = "development set of labelled messages (default: "
                + "src/test/resources/nlu/regression-intents.tsv when present)")
        Path dev;

        @Option(names = "--out", paramLabel = "dir", defaultValue = "target/evaluation",
                description = "where report.txt and confusion.svg go (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }
}
