package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The model the application serves, against the held-out development test set (never trained on):
 * the quality bar of the catalogue issue. On failure the report lists every mistake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevSetTests {

    @Autowired
    LiveModelHolder model;

    @Autowired
    IntentDecider decider;

    @Test
    void servedModelMeetsTheQualityBarOnTheHeldOutDevSet() {
        IntentClassifier classifier = model.get().classifier();

        DevSetScore score = DevSetScore.score(LabelledMessage.readTsv(Path.of("src/test/resources/nlu/regression-intents.tsv")),
                text -> decider.decide(classifier.classify(text), null));

        String report = score.summary() + "\n" + String.join("\n", score.mistakes());
        System.out.println("Development test set: " + score.summary());
        assertThat(score.inScope()).as("in-scope messages").isGreaterThanOrEqualTo(36 * 8);
        assertThat(score.outOfScope()).as("out-of-scope messages").isGreaterThanOrEqualTo(100);
        assertThat(score.inScopeTop1()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(score.outOfScopeFallbackRate()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(score.wrongAnswerRate()).as(report).isLessThanOrEqualTo(0.03);
    }
}
