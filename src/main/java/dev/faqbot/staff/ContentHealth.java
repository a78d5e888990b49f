package dev.faqbot.staff;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.intents.IntentProblem;
import dev.faqbot.content.IntentReloader;
import dev.faqbot.content.IntentWarnings;
import dev.faqbot.intents.IntentsProperties;
import dev.faqbot.nlu.EvaluationReport;
import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The content-health panel: the live model, how the last reload went (with the file:line problems of a rejected
 * edit), {@code validate}'s warnings and the cross-validation summary once it has been computed for this content. The
 * two slow parts (the cross-validation, the review of the staff's crisis rules) run in the background; until they are
 * done the panel says so ({@code evaluation.state}, {@code staffRuleReview}) and shows the other warnings.
 */
final class ContentHealth {

    static final int TOP_CONFUSIONS = 10;

    private final LiveModelHolder model;
    private final IntentReloader reloader;
    private final IntentWarnings warnings;
    private final IntentsProperties intents;
    private final ClinicAnswers clinic;
    private final ModelEvaluation evaluation;
    private final StaffRuleReviews ruleReviews;

    ContentHealth(LiveModelHolder model, IntentReloader reloader, IntentWarnings warnings, IntentsProperties intents,
                  ClinicAnswers clinic, ModelEvaluation evaluation, StaffRuleReviews ruleReviews) {
        this.model = model;
        this.reloader = reloader;
        this.warnings = warnings;
        this.intents = intents;
        this.clinic = clinic;
        this.evaluation = evaluation;
        this.ruleReviews = ruleReviews;
    }

    View now() {
        LiveModel live = model.get();
        IntentReloader.Status reload = reloader.lastStatus();
        CompletableFuture<EvaluationReport> pending = evaluation == null ? null : evaluation.of(live.catalog());
        // each state is read before its result, so a state of ready always comes with the result
        String state = pending == null ? "off" : OncePerContent.state(pending);
        EvaluationReport report = pending == null ? null : OncePerContent.readyOr(pending, null);
        CompletableFuture<List<IntentProblem>> review = ruleReviews.of(live.catalog(), intents.dir());
        String reviewState = OncePerContent.state(review);
        List<IntentProblem> staffRules = OncePerContent.readyOr(review, List.of());
        List<String> found = warnings.all(live.catalog(), intents.dir(), clinic, staffRules, report).stream()
                .map(IntentProblem::toString).toList();
        return new View(
                new Model(live.catalog().contentHash(), live.catalog().loadedAt(), live.catalog().intents().size(), live.trainingMillis()),
                new Reload(reload.at(), reload.ok(), reload.problems()),
                found,
                reviewState,
                Evaluation.of(state, report));
    }

    /**
     * Everything the panel shows; {@code staffRuleReview} is computing, failed or ready: whether {@code warnings}
     * already holds the review of the staff's crisis rules.
     */
    record View(Model model, Reload lastReload, List<String> warnings, String staffRuleReview, Evaluation evaluation) {
    }

    /** The model being served. */
    record Model(String contentHash, Instant loadedAt, int intents, long trainingMillis) {
    }

    /** The last reload (or the first load): accepted, or rejected with its problems as {@code file:line: message}. */
    record Reload(Instant at, boolean accepted, List<String> problems) {
    }

    /**
     * The cross-validation summary: {@code state} is off, computing, failed or ready; the figures are set when ready.
     */
    record Evaluation(String state, Integer messages, Double accuracy, Double outOfScopeFallback, Double wrongAnswerRate,
                      List<Confusion> confusions) {

        static Evaluation of(String state, EvaluationReport report) {
            if (report == null) {
                return new Evaluation(state, null, null, null, null, List.of());
            }
            return new Evaluation(state, report.messages(), report.accuracy(), report.outOfScopeFallback(), report.wrongAnswerRate(),
                    report.confusions().stream().limit(TOP_CONFUSIONS).map(c -> new Confusion(c.gold(), c.predicted(), c.count())).toList());
        }
    }

    /** Held-out examples of {@code expected} that the model handled as {@code handledAs} (an intent, fallback or clarify). */
    record Confusion(String expected, String handledAs, int count) {
    }
}
