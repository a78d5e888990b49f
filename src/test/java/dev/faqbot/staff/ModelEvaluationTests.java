package dev.faqbot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.EvaluationReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The content-health panel's cross-validation: real training on a small catalogue, once per content, in the background. */
class ModelEvaluationTests {

    private static final ClassifierProperties SETTINGS = new ClassifierProperties(0.5, 0.5, 0.12, 1, 60, 0.3, "");

    private final ModelEvaluation evaluation = new ModelEvaluation(SETTINGS);

    @AfterEach
    void stop() {
        evaluation.destroy();
    }

    @Test
    void crossValidatesEachContentOnceAndAgainWhenItChanges() throws Exception {
        IntentCatalog first = catalog("hash-1");
        CompletableFuture<EvaluationReport> pending = evaluation.of(first);

        assertThat(evaluation.of(catalog("hash-1"))).as("the same content is evaluated once").isSameAs(pending);
        EvaluationReport report = pending.get(60, TimeUnit.SECONDS);
        int examples = first.all().stream().mapToInt(i -> i.examples().size() + 1).sum() + first.outOfScopeExamples().size();
        assertThat(report.messages()).isEqualTo(examples);
        assertThat(report.accuracy()).isBetween(0.0, 1.0);

        CompletableFuture<EvaluationReport> changed = evaluation.of(catalog("hash-2"));
        assertThat(changed).as("new content is evaluated anew").isNotSameAs(pending);
        assertThat(changed.get(60, TimeUnit.SECONDS).messages()).isEqualTo(examples);
    }

    @Test
    void theHealthViewSaysComputingOffOrReadyWithTheConfusions() throws Exception {
        IntentCatalog catalog = catalog("hash-3");
        EvaluationReport report = evaluation.of(catalog).get(60, TimeUnit.SECONDS);

        ContentHealth.Evaluation ready = ContentHealth.Evaluation.of("ready", report);
        assertThat(ready.messages()).isEqualTo(report.messages());
        assertThat(ready.confusions()).hasSizeLessThanOrEqualTo(ContentHealth.TOP_CONFUSIONS);
        assertThat(ContentHealth.Evaluation.of("computing", null).accuracy()).isNull();
    }

    private static IntentCatalog catalog(String hash) {
        Map<String, Intent> intents = new LinkedHashMap<>();
        intents.put("cost", intent("cost", "What does it cost?", "how much does it cost", "what is the price", "is it expensive",
                "price of one infusion", "how much do i pay", "cost per session", "what are the fees", "how much money"));
        intents.put("hours", intent("hours", "When are you open?", "when are you open", "what are your hours", "are you open on sunday",
                "opening times", "what time do you close", "hours on saturday", "when do you open", "open late"));
        intents.put("parking", intent("parking", "Where do I park?", "where can i park", "is there parking", "parking lot",
                "do you have a car park", "where do i leave my car", "free parking", "street parking", "garage nearby"));
        return new IntentCatalog(intents, List.of("what is the weather", "tell me a joke", "who won the game", "write me a poem",
                "what is the capital of france", "recipe for pancakes"), hash, Instant.now());
    }

    private static Intent intent(String id, String title, String... examples) {
        return new Intent(id, title, List.of(examples), "The answer.", List.of(), List.of(), null, List.of());
    }
}
