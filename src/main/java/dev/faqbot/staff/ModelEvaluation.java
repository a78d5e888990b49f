package dev.faqbot.staff;

import dev.faqbot.content.IntentWarnings;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.EvaluationReport;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.DisposableBean;

/**
 * {@code validate}'s cross-validation of the live model, computed once per content (hash) in the background and kept
 * until the content changes. Callers get the pending or finished result at once: a request never waits for training.
 */
final class ModelEvaluation implements DisposableBean {

    private final ClassifierProperties classifier;
    private final OncePerContent<EvaluationReport> evaluations = new OncePerContent<>("staff-cross-validation");

    ModelEvaluation(ClassifierProperties classifier) {
        this.classifier = classifier;
    }

    /** The evaluation of this catalogue: finished, failed or still running (started now if it is new content). */
    CompletableFuture<EvaluationReport> of(IntentCatalog catalog) {
        return evaluations.of(catalog.contentHash(), () -> IntentWarnings.crossValidate(catalog, classifier));
    }

    @Override
    public void destroy() {
        evaluations.close();
    }
}
