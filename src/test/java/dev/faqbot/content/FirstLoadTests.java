package dev.faqbot.content;
import dev.faqbot.intents.IntentLoader;
import dev.faqbot.intents.IntentValidationException;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.nlu.ClassifierProperties;
import dev.faqbot.nlu.LiveModelHolder;
import dev.faqbot.nlu.ModelCache;
import dev.faqbot.nlu.ModelTrainer;
import dev.faqbot.safety.LiveCrisisScreen;
import dev.faqbot.safety.SafetyService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up load runs in the background, but a broken folder still stops start-up with its problems listed. */
class FirstLoadTests {

    @TempDir
    Path temp;

    @Test
    void aBrokenIntentsFolderStopsStartUpNamingTheFileAndNothingIsServed() {
        Path dir = IntentFolderFixture.copyShippedIntents(temp.resolve("intents"));
        IntentFolderFixture.edit(dir.resolve("addiction-risk.yml"), "answer: |", "answr: |");
        LiveModelHolder model = new LiveModelHolder();
        LiveCrisisScreen screen = new LiveCrisisScreen();
        ModelTrainer trainer = new ModelTrainer(new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")),
                new ClassifierProperties(0.5, 0.5, 0.12, 1, 10, 0.3, ""), new ModelCache(null), new SentenceEmbedder(100));

        FirstLoad load = new FirstLoad(new IntentReloader(dir, trainer, model, screen, null, new SafetyService(screen, 2000)), CompletableFuture.completedFuture(null));

        assertThatThrownBy(load::start).isInstanceOf(IntentValidationException.class)
                .hasMessageContaining("addiction-risk.yml");
        assertThat(load.isRunning()).isFalse();
        assertThatThrownBy(model::get).isInstanceOf(IllegalStateException.class);
        assertThat(screen.screen("i want to end my life", List.of())).as("the floor still screens").isPresent();
    }
}
