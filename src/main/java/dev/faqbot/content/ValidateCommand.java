package dev.faqbot.content;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentProblem;
import dev.faqbot.intents.IntentValidationException;
import dev.faqbot.intents.IntentsProperties;


import dev.faqbot.cli.CliCommand;
import dev.faqbot.cli.CommandOptions;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.EvaluationReport;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.CrisisRulesException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.springframework.stereotype.Component;

/**
 * {@code validate [dir]}: every rule of intents.md (errors, exit 1) plus warnings staff should look at
 * (exit 0): stale reviews, missing sources, clinic settings left empty, near-duplicate examples and intents the model
 * confuses.
 */
@Component
class ValidateCommand implements CliCommand {

    private final IntentLoader loader;
    private final IntentsProperties intents;
    private final ClassifierProperties classifier;
    private final IntentWarnings warnings;

    ValidateCommand(IntentLoader loader, IntentsProperties intents, ClassifierProperties classifier, IntentWarnings warnings) {
        this.loader = loader;
        this.intents = intents;
        this.classifier = classifier;
        this.warnings = warnings;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate [dir] [--no-confusion]       check the intent files; exit 1 when invalid";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(this, options, args, out);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        Path dir = options.dir != null ? options.dir : intents.dir();
        boolean confusion = !options.noConfusion;
        List<String> errors = new ArrayList<>();
        IntentCatalog catalog = null;
        try {
            catalog = loader.load(dir);
        } catch (IntentValidationException e) {
            e.problems().forEach(p -> errors.add(p.toString()));
        }
        try {
            CrisisRules.ofIntentsFolder(dir);
            CrisisExamplesFile.load(dir.resolve(IntentLoader.CRISIS_EXAMPLES_FILE));
        } catch (CrisisRulesException e) {
            errors.addAll(e.problems());
        }
        if (!errors.isEmpty()) {
            out.println("INVALID: " + errors.size() + " error(s); the server would refuse these files:");
            errors.forEach(e -> out.println("  error: " + e));
            return 1;
        }
        EvaluationReport report = confusion ? IntentWarnings.crossValidate(catalog, classifier) : null;
        List<IntentProblem> found = warnings.all(catalog, dir, loader.clinic(), report);
        found.forEach(w -> out.println("  warning: " + w));
        out.printf("VALID: %d intents, %d examples, %d warning(s)%n", catalog.intents().size(),
                catalog.all().stream().mapToInt(i -> i.examples().size()).sum(), found.size());
        return 0;
    }

    @Command(name = "validate", description = "Checks the intent files as the server would load them; exit 1 when invalid.")
    static final class Options {
        @Parameters(arity = "0..1", paramLabel = "dir", description = "the intents folder (default: faqbot.intents.dir)")
        Path dir;

        @Option(names = "--no-confusion", description = "skip the cross-validated check for intents the model confuses")
        boolean noConfusion;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }
}
