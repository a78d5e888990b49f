package dev.faqbot.content;
import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentProblem;
import dev.faqbot.intents.IntentsProperties;


import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.CrossValidation;
import dev.faqbot.nlu.EvaluationReport;
import dev.faqbot.nlu.IntentModel;
import dev.faqbot.nlu.TrainingSet;
import dev.faqbot.nlu.TextNormalizer;
import dev.faqbot.safety.CrisisProperties;
import dev.faqbot.safety.CrisisResource;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.CrisisRulesException;
import dev.faqbot.safety.StaffRuleReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Things worth a staff member's look that do not stop the bot: stale or unsourced answers, crisis
 * lines not configured in this deployment, examples that mean the same in two intents once
 * normalised, and intents the model confuses.
 */
@Component
public class IntentWarnings {

    /** What cross-validation calls a held-out example the model was too unsure of to answer. */
    private static final String FALLBACK = "fallback";

    private final IntentsProperties settings;
    private final Set<String> resourceIds;

    IntentWarnings(IntentsProperties settings, CrisisProperties crisis) {
        this.settings = settings;
        this.resourceIds = crisis.resources().stream().map(CrisisResource::id).collect(Collectors.toSet());
    }

    /**
     * Everything {@code validate} warns about in a valid folder: the checks below, clinic settings left empty and, when
     * a cross-validation report is given, the intents the model confuses.
     */
    public List<IntentProblem> all(IntentCatalog catalog, Path dir, ClinicAnswers clinic, EvaluationReport report) {
        return all(catalog, dir, clinic, staffRules(catalog, dir), report);
    }

    /**
     * The same with the review of the staff's crisis rules already made ({@link #staffRules}: it screens every ordinary
     * message, so the staff page makes it once per content in the background).
     */
    public List<IntentProblem> all(IntentCatalog catalog, Path dir, ClinicAnswers clinic, List<IntentProblem> staffRules,
                                   EvaluationReport report) {
        List<IntentProblem> found = check(catalog, dir);
        found.addAll(unfilledSettings(clinic, catalog, dir));
        found.addAll(staffRules);
        if (report != null) {
            found.addAll(confusions(report, dir));
        }
        return found;
    }

    /**
     * The staff's crisis rules that backtrack badly or flag ordinary messages (none when the file has errors): every
     * ordinary example and corpus message is screened, which takes seconds.
     */
    public List<IntentProblem> staffRules(IntentCatalog catalog, Path dir) {
        Path phrases = dir.resolve(IntentLoader.CRISIS_FILE);
        if (!Files.exists(phrases)) {
            return List.of();
        }
        CrisisRules rules;
        try {
            rules = CrisisRules.load(phrases);
        } catch (CrisisRulesException e) {
            return List.of(); // reported as errors
        }
        String name = inFolder(dir, IntentLoader.CRISIS_FILE);
        return StaffRuleReview.review(rules, catalog.ordinaryExamples()).stream()
                .map(f -> new IntentProblem(name, lineNumber(f.source()), f.message())).toList();
    }

    /** The line of a rule's source ({@code phrases.yml:42}), or 0. */
    private static int lineNumber(String source) {
        int colon = source.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The cross-validation behind the confusion warnings: 3 folds, a fixed seed (a few models are trained: slow). */
    public static EvaluationReport crossValidate(IntentCatalog catalog, ClassifierProperties classifier) {
        // the word model alone: the check is about wording, and it trains in seconds
        return EvaluationReport.of(CrossValidation.run(TrainingSet.of(catalog), classifier,
                set -> IntentModel.wordsOnly(set, classifier), 3, 7));
    }

    List<IntentProblem> check(IntentCatalog catalog, Path dir) {
        return check(catalog, dir, LocalDate.now());
    }

    List<IntentProblem> check(IntentCatalog catalog, Path dir, LocalDate today) {
        List<IntentProblem> warnings = new ArrayList<>();
        LocalDate staleBefore = today.minus(settings.reviewMaxAge());
        Map<String, String> normalisedOwner = new HashMap<>();
        for (Intent intent : catalog.all()) {
            Path file = dir.resolve(intent.id() + ".yml");
            String name = fileName(dir, intent.id());
            if (intent.sources().isEmpty()) {
                warnings.add(new IntentProblem(name, 0, "the answer has no sources; add the URL of the facts it uses under 'sources:'"));
            }
            if (intent.reviewed() == null) {
                warnings.add(new IntentProblem(name, 0, "no 'reviewed:' date; add the date a clinician last checked the answer"));
            } else if (intent.reviewed().isBefore(staleBefore)) {
                warnings.add(new IntentProblem(name, lineOf(file, "reviewed:"), "last reviewed " + intent.reviewed()
                        + ", more than " + settings.reviewMaxAge() + " ago; have a clinician check the answer and update the date"));
            }
            warnings.addAll(translationWarnings(intent, name, file));
            for (String resource : intent.resources()) {
                if (!resourceIds.contains(resource)) {
                    warnings.add(new IntentProblem(name, lineOf(file, "resources:"), "resource '" + resource
                            + "' is not a configured crisis line here, so it is left out; configured: " + String.join(", ", resourceIds)));
                }
            }
            for (String example : intent.examples()) {
                String key = String.join(" ", TextNormalizer.tokens(example));
                String owner = normalisedOwner.putIfAbsent(key, intent.id());
                if (owner != null && !owner.equals(intent.id())) {
                    warnings.add(new IntentProblem(name, lineOf(file, example), "example '" + example
                            + "' means the same as one in " + owner + ".yml once normalised; keep it in one intent"));
                }
            }
        }
        for (String required : settings.required()) {
            if (catalog.find(required).isEmpty()) {
                warnings.add(new IntentProblem(fileName(dir, required), 0, "required intent '" + required + "' is missing"));
            }
        }
        return warnings;
    }

    /** A missing Spanish version, or one not reviewed since the English answer was. */
    private static List<IntentProblem> translationWarnings(Intent intent, String name, Path file) {
        Intent.Translation es = intent.es();
        if (es == null) {
            return List.of(new IntentProblem(name, 0, "no Spanish version: Spanish-speaking visitors get this answer in "
                    + "English; add an 'es:' block with title, examples, answer and reviewed"));
        }
        if (es.reviewed() == null) {
            return List.of(new IntentProblem(name, lineOf(file, "es:"), "the Spanish answer has no 'reviewed:' date; "
                    + "add the date a clinician checked that it says what the English answer says"));
        }
        if (intent.reviewed() != null && es.reviewed().isBefore(intent.reviewed())) {
            return List.of(new IntentProblem(name, lineOf(file, "  reviewed:"), "the Spanish answer was last reviewed "
                    + es.reviewed() + ", before the English one (" + intent.reviewed() + "): check that it still says what "
                    + "the English answer says and update its 'reviewed:' date"));
        }
        return List.of();
    }

    /**
     * Clinic settings left empty that an intent uses (a placeholder in its answer or an action it lists): the answer
     * then says "please call us" instead, so staff should fill them in. An intent a clinic dropped needs nothing.
     */
    List<IntentProblem> unfilledSettings(ClinicAnswers clinic, IntentCatalog catalog, Path dir) {
        List<IntentProblem> warnings = new ArrayList<>();
        for (ClinicAnswers.Setting setting : clinic.unfilled()) {
            List<String> users = new ArrayList<>();
            for (Intent intent : catalog.all()) {
                if (setting.action() != null && intent.actions().contains(setting.action())
                        || setting.placeholder() != null && fileText(dir.resolve(intent.id() + ".yml")).contains("{" + setting.placeholder() + "}")) {
                    users.add(fileName(dir, intent.id()));
                }
            }
            if (!users.isEmpty()) {
                String also = users.size() == 1 ? "" : " (also " + String.join(", ", users.subList(1, users.size())) + ")";
                warnings.add(new IntentProblem(users.get(0), 0, setting.property() + " is empty, so the answer"
                        + (setting.placeholder() != null ? " asks visitors to call instead" : " has no button for it") + also
                        + "; set it in application.yml or with --" + setting.property().split(" ")[0] + "=..."));
            }
        }
        return warnings;
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Intent pairs whose cross-validation confusion rate is above the configured limit. */
    List<IntentProblem> confusions(EvaluationReport report, Path dir) {
        Map<String, Integer> support = new HashMap<>();
        report.intents().forEach(s -> support.put(s.intent(), s.support()));
        List<IntentProblem> warnings = new ArrayList<>();
        for (EvaluationReport.Confusion c : report.confusions()) {
            Integer n = support.get(c.gold());
            if (n == null || n == 0 || c.predicted().equals("clarify")) {
                continue;
            }
            double rate = (double) c.count() / n;
            if (c.predicted().equals(FALLBACK) && rate > settings.fallbackWarningRate()) {
                warnings.add(new IntentProblem(fileName(dir, c.gold()), 0, String.format(
                        "the model is too unsure to answer %d of %d examples when they are held out (e.g. \"%s\"), so "
                        + "visitors asking like that would get the fallback; add more examples worded the way visitors ask",
                        c.count(), n, c.examples().get(0))));
            } else if (!c.predicted().equals(FALLBACK) && rate > settings.confusionWarningRate()) {
                warnings.add(new IntentProblem(fileName(dir, c.gold()), 0, String.format(
                        "the model answers %d of %d examples with %s.yml instead (e.g. \"%s\"); make the examples of the two "
                        + "intents more distinct", c.count(), n, c.predicted(), c.examples().get(0))));
            }
        }
        return warnings;
    }

    private static String fileName(Path dir, String id) {
        return inFolder(dir, id + ".yml");
    }

    /** A file of the intents folder as staff see it: the folder's name, then the file's path inside it. */
    private static String inFolder(Path dir, String file) {
        return (dir.getFileName() == null ? "" : dir.getFileName() + "/") + file;
    }

    private static int lineOf(Path file, String needle) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
