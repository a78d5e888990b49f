package dev.faqbot.staff;

import dev.faqbot.intents.IntentProblem;
import dev.faqbot.content.IntentWarnings;
import dev.faqbot.intents.IntentCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code validate}'s review of the staff's crisis rules against every ordinary message (its slowest warning: seconds
 * on the shipped content), made once per loaded catalogue on one low-priority background thread and kept until the
 * next reload. Callers get the pending or finished result at once: a staff request never waits for it.
 */
final class StaffRuleReviews implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StaffRuleReviews.class);

    private final IntentWarnings warnings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "staff-rule-review");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final AtomicReference<Run> latest = new AtomicReference<>();

    StaffRuleReviews(IntentWarnings warnings) {
        this.warnings = warnings;
    }

    /** The review for this catalogue (started now if it is a newly loaded one). */
    CompletableFuture<List<IntentProblem>> of(IntentCatalog catalog, Path dir) {
        Run run = latest.updateAndGet(known -> known != null && known.catalog() == catalog ? known
                : new Run(catalog, new CompletableFuture<>()));
        if (run.started().compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    run.found().complete(warnings.staffRules(catalog, dir));
                } catch (RuntimeException e) {
                    log.warn("Reviewing the staff's crisis rules for the staff page failed ({})", e.getClass().getName());
                    run.found().completeExceptionally(e);
                }
            });
        }
        return run.found();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private record Run(IntentCatalog catalog, CompletableFuture<List<IntentProblem>> found, AtomicBoolean started) {
        Run(IntentCatalog catalog, CompletableFuture<List<IntentProblem>> found) {
            this(catalog, found, new AtomicBoolean());
        }
    }
}
