package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.clinic.ClinicProperties;
import dev.faqbot.intents.IntentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Training says on the console what it is doing (start-up would otherwise wait in silence); a cached model does not train. */
@ExtendWith(OutputCaptureExtension.class)
class ModelTrainerTests {

    @TempDir
    Path temp;

    @Test
    void trainingIsAnnouncedAndTimedAndACachedModelIsNotTrainedAgain(CapturedOutput output) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("intents"));
        write(dir, "cost", "how much is");
        write(dir, "greeting", "hello number");
        ModelTrainer trainer = new ModelTrainer(new IntentLoader(new ClinicProperties("C", "P", "B", "H", "PR", "IN")),
                new ClassifierProperties(0.5, 0.5, 0.12, 1, 20, 0.3, ""), new ModelCache(temp.resolve("cache")), new SentenceEmbedder(100));

        trainer.build(dir);
        assertThat(output.getOut()).contains("Training the intent word model on 26 examples", "Intent word model trained in ",
                "Training the intent meaning model on 26 examples", "Intent meaning model trained in ");
        int logged = output.getOut().length();

        trainer.build(dir);
        assertThat(output.getOut().substring(logged)).doesNotContain("Training the intent");
    }

    private static void write(Path dir, String id, String stem) throws IOException {
        String examples = IntStream.rangeClosed(1, 12).mapToObj(i -> "  - " + stem + " " + i + "\n").collect(Collectors.joining());
        Files.writeString(dir.resolve(id + ".yml"), "id: " + id + "\ntitle: T " + id + "\nexamples:\n" + examples
                + "answer: A.\nsources: [x]\nreviewed: 2026-11-21\n");
    }
}
