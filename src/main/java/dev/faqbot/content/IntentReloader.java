package dev.faqbot.content;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentProblem;
import dev.faqbot.intents.IntentValidationException;


import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.nlu.ModelTrainer;
import dev.faqbot.safety.CrisisCategory;
import dev.faqbot.safety.CrisisExamplesFile;
import dev.faqbot.safety.CrisisLayerTrainer;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.CrisisRulesException;
import dev.faqbot.safety.LearnedCrisisLayer;
import dev.faqbot.safety.LiveCrisisScreen;
import dev.faqbot.safety.PhraseCrisisScreen;
import dev.faqbot.safety.SafetyService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains from the intents folder off to the side and puts the result live in one step: the crisis
 * rules first, then the model. An invalid folder changes nothing; its problems are kept for the
 * health endpoint and logged (file, line, fix; never visitor text).
 */
public class IntentReloader {

    private static final Logger log = LoggerFactory.getLogger(IntentReloader.class);

    /** One background thread retrains the learned crisis layer after a reload, one training at a time. */
    private static final Executor LEARNED_TRAINER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "learned-crisis-training");
        thread.setDaemon(true);
        return thread;
    });

    /** How the last reload went; {@code problems} is empty after a success. */
    public record Status(Instant at, boolean ok, List<String> problems) {
    }

    private final Path dir;
    private final ModelTrainer trainer;
    private final LiveModelHolder model;
    private final LiveCrisisScreen screen;
    private final CrisisLayerTrainer crisisTrainer;
    private final SafetyService safety;
    private final AtomicReference<Status> last = new AtomicReference<>(new Status(Instant.now(), true, List.of()));

    public IntentReloader(Path dir, ModelTrainer trainer, LiveModelHolder model, LiveCrisisScreen screen,
                          CrisisLayerTrainer crisisTrainer, SafetyService safety) {
        this.dir = dir;
        this.trainer = trainer;
        this.model = model;
        this.screen = screen;
        this.crisisTrainer = crisisTrainer;
        this.safety = safety;
    }

    /**
     * The first load at start-up: like {@link #reload} but an invalid folder throws (with every problem found),
     * because there is no previous model to keep serving. The crisis rules load while the intents folder is read, and
     * the learned crisis layer while the classifier's models are (start-up waits for all of them).
     */
    public synchronized LiveModel loadFirst() {
        log.info("Preparing crisis screening and the intent model from {} (the server opens when both are live)", dir);
        CompletableFuture<CrisisRules> loadingRules = CompletableFuture.supplyAsync(() -> CrisisRules.ofIntentsFolder(dir), IntentReloader::alongside);
        IntentCatalog catalog;
        try {
            catalog = trainer.load(dir);
        } catch (IntentValidationException e) {
            joined(loadingRules); // a broken crisis file is reported first, as on reload
            throw e;
        }
        CrisisRules rules = joined(loadingRules);
        if (rules.fileRuleCount() == 0) {
            log.warn("No staff crisis rules in {}; screening with the built-in floor only", dir.resolve(IntentLoader.CRISIS_FILE));
        }
        Map<CrisisCategory, List<String>> staffExamples = staffExamples();
        CompletableFuture<LearnedCrisisLayer> learned = CompletableFuture.supplyAsync(
                () -> crisisTrainer.build(rules, staffExamples, catalog.ordinaryExamples()), IntentReloader::alongside);
        LiveModel first = trainer.build(catalog);
        safety.swapLearned(joined(learned));
        putLive(rules, first);
        log.info("Serving {} intents, model ready in {} ms (content {})", first.catalog().intents().size(),
                first.trainingMillis(), first.catalog().contentHash().substring(0, 12));
        return first;
    }

    /** Runs a part of the first load on a thread of its own, beside the one that waits for it. */
    private static void alongside(Runnable work) {
        Thread thread = new Thread(work, "intents-first-load-part");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Reloads now; returns true when the new content is live. Safe to call from any thread. */
    public synchronized boolean reload() {
        try {
            CrisisRules rules = CrisisRules.ofIntentsFolder(dir);
            LiveModel next = trainer.build(dir);
            Map<CrisisCategory, List<String>> staffExamples = staffExamples(); // a broken file rejects the reload
            putLive(rules, next);
            // the new content goes live now; the learned layer keeps screening with its previous training until the
            // retrained one (about 2.5 minutes on 2 cores when the content changed) takes over; the floor never waits
            CompletableFuture.runAsync(() -> safety.swapLearned(crisisTrainer.build(rules, staffExamples, next.catalog().ordinaryExamples())),
                    LEARNED_TRAINER).exceptionally(e -> {
                        log.error("Retraining the learned crisis layer failed ({}); the previous one keeps screening",
                                e.getClass().getName());
                        return null;
                    });
            log.info("Reloaded {} intents (content {}), trained in {} ms", next.catalog().intents().size(),
                    next.catalog().contentHash().substring(0, 12), next.trainingMillis());
            return true;
        } catch (IntentValidationException e) {
            return rejected(e.problems().stream().map(IntentProblem::toString).toList());
        } catch (CrisisRulesException e) {
            return rejected(e.problems());
        } catch (RuntimeException e) {
            return rejected(List.of("reload failed: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * The staff's crisis examples ({@code crisis/examples.yml}) for the learned layer.
     *
     * @throws CrisisRulesException naming file, line and fix when the file is broken
     */
    private Map<CrisisCategory, List<String>> staffExamples() {
        return CrisisExamplesFile.load(dir.resolve(IntentLoader.CRISIS_EXAMPLES_FILE));
    }

    /** Puts the rules live first and the model second. */
    private void putLive(CrisisRules rules, LiveModel next) {
        screen.swap(new PhraseCrisisScreen(rules));
        model.swap(next);
        last.set(new Status(Instant.now(), true, List.of()));
    }

    public Status lastStatus() {
        return last.get();
    }

    private boolean rejected(List<String> problems) {
        last.set(new Status(Instant.now(), false, problems));
        log.warn("Intent files not reloaded; the previous model keeps serving. {} problem(s):\n  {}", problems.size(),
                String.join("\n  ", problems));
        return false;
    }
}
