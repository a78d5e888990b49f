package dev.faqbot.intents;

import dev.faqbot.nlu.LiveModel;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.nlu.ModelTrainer;
import dev.faqbot.safety.CrisisRules;
import dev.faqbot.safety.CrisisRulesException;
import dev.faqbot.safety.LiveCrisisScreen;
import dev.faqbot.safety.PhraseCrisisScreen;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    /** How the last reload went; {@code problems} is empty after a success. */
    public record Status(Instant at, boolean ok, List<String> problems) {
    }

    private final Path dir;
    private final ModelTrainer trainer;
    private final LiveModelHolder model;
    private final LiveCrisisScreen screen;
    private final AtomicReference<Status> last = new AtomicReference<>(new Status(Instant.now(), true, List.of()));

    public IntentReloader(Path dir, ModelTrainer trainer, LiveModelHolder model, LiveCrisisScreen screen) {
        this.dir = dir;
        this.trainer = trainer;
        this.model = model;
        this.screen = screen;
    }

    /**
     * The first load at start-up: like {@link #reload} but an invalid folder throws (with every problem found),
     * because there is no previous model to keep serving.
     */
    public synchronized LiveModel loadFirst() {
        CrisisRules rules = CrisisRules.ofIntentsFolder(dir);
        if (rules.fileRuleCount() == 0) {
            log.warn("No staff crisis rules in {}; screening with the built-in floor only", dir.resolve(IntentLoader.CRISIS_FILE));
        }
        LiveModel first = putLive(rules);
        log.info("Serving {} intents, model ready in {} ms (content {})", first.catalog().intents().size(),
                first.trainingMillis(), first.catalog().contentHash().substring(0, 12));
        return first;
    }

    /** Reloads now; returns true when the new content is live. Safe to call from any thread. */
    public synchronized boolean reload() {
        try {
            LiveModel next = putLive(CrisisRules.ofIntentsFolder(dir));
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

    /** Trains from the folder with these rules, then puts the rules live first and the model second. */
    private LiveModel putLive(CrisisRules rules) {
        LiveModel next = trainer.build(dir, rules);
        screen.swap(new PhraseCrisisScreen(rules));
        model.swap(next);
        last.set(new Status(Instant.now(), true, List.of()));
        return next;
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
