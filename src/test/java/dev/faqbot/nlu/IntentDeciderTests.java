package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentDeciderTests {

    private final IntentDecider decider = new IntentDecider(new ClassifierProperties(0.45, 0.35, 0.12, 1, 100, 0.3, ""));

    @Test
    void answersWhenTheBestIntentClearsTheThreshold() {
        assertThat(decider.decide(ranking("side-effects", 0.8, "safety", 0.1, TrainingLabels.OUT_OF_SCOPE, 0.05), "en"))
                .isEqualTo(new Decision.Answer("side-effects", 0.8));
    }

    @Test
    void fallsBackBelowTheThresholdInsteadOfGuessing() {
        assertThat(decider.decide(ranking("side-effects", 0.3, "safety", 0.1, "greeting", 0.1), "en"))
                .isEqualTo(new Decision.Fallback("side-effects"));
    }

    @Test
    void asksToClarifyWhenTheTopTwoAreClose() {
        assertThat(decider.decide(ranking("side-effects", 0.42, "safety", 0.38, "greeting", 0.05), "en"))
                .isEqualTo(new Decision.Clarify(List.of("side-effects", "safety")));
    }

    @Test
    void aSpanishMessageIsAnsweredFromItsOwnLowerThreshold() {
        Classification ranking = ranking("telehealth", 0.4, "book-appointment", 0.2, "greeting", 0.1);

        assertThat(decider.decide(ranking, "es")).isEqualTo(new Decision.Answer("telehealth", 0.4));
        assertThat(decider.decide(ranking, "en")).isEqualTo(new Decision.Fallback("telehealth"));
        assertThat(decider.decide(ranking, null)).isEqualTo(new Decision.Fallback("telehealth"));
    }

    @Test
    void outOfScopeWinsWhenItOutranksEveryIntent() {
        assertThat(decider.decide(ranking(TrainingLabels.OUT_OF_SCOPE, 0.5, "cost-insurance", 0.46), "en"))
                .isEqualTo(new Decision.Fallback("cost-insurance"));
    }

    private static Classification ranking(Object... labelsAndScores) {
        List<Classification.Score> scores = new ArrayList<>();
        for (int i = 0; i < labelsAndScores.length; i += 2) {
            scores.add(new Classification.Score((String) labelsAndScores[i], (Double) labelsAndScores[i + 1]));
        }
        return new Classification(scores);
    }
}
