package dev.faqbot.staff;

import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.content.IntentWarnings;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.EvaluationReport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code validate}'s cross-validation of the live model, computed once per content (hash) on one low-priority
 * background thread and kept until the content changes. Callers get the pending or finished result at once: a
 * request never waits for training.
 */
final class ModelEvaluation implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModelEvaluation.class);

    private final ClassifierProperties classifier;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "staff-cross-validation");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final AtomicReference<Run> latest = new AtomicReference<>();

    ModelEvaluation(ClassifierProperties classifier) {
        this.classifier = classifier;
    }

    /** The evaluation of this catalogue: finished, failed or still running (started now if it is new content). */
    CompletableFuture<EvaluationReport> of(IntentCatalog catalog) {
        Run run = latest.updateAndGet(known -> known != null && known.contentHash().equals(catalog.contentHash())
                ? known : new Run(catalog.contentHash(), new CompletableFuture<>()));
        if (run.started().compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    run.report().complete(IntentWarnings.crossValidate(catalog, classifier));
                } catch (RuntimeException e) {
                    log.warn("Cross-validation for the staff page failed ({})", e.getClass().getName());
                    run.report().completeExceptionally(e);
                }
            });
        }
        return run.report();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private record Run(String contentHash, CompletableFuture<EvaluationReport> report,
                       AtomicBoolean started) {
        Run(String contentHash, CompletableFuture<EvaluationReport> report) {
            this(contentHash, report, new AtomicBoolean());
        }
    }
}
