package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.intents.Intent;
import dev.faqbot.intents.IntentCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingSetTests {

    @Test
    void eachExampleKeepsTheLanguageItWasWrittenInSoCrossValidationDecidesItWithThatThreshold() {
        Intent cost = new Intent("cost-insurance", "Cost", List.of("how much is it"), "It depends.", List.of(), List.of(),
                LocalDate.of(2026, 12, 1), List.of(), new Intent.Translation("Costo", List.of("cuanto cuesta"), "Depende.",
                LocalDate.of(2026, 12, 1)));
        IntentCatalog catalog = new IntentCatalog(Map.of(cost.id(), cost), List.of("set an alarm"), "hash", Instant.now());

        assertThat(TrainingSet.of(catalog).examples()).containsExactly(
                new TrainingSet.Example("cost-insurance", "how much is it", "en"),
                new TrainingSet.Example("cost-insurance", "cuanto cuesta", "es"),
                new TrainingSet.Example("cost-insurance", "Cost", "en"),
                new TrainingSet.Example(TrainingLabels.OUT_OF_SCOPE, "set an alarm", null));
    }
}
