package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.faqbot.insights.InsightsRepository.StoredQuestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGrouperTests {

    private final QuestionGrouper grouper = new QuestionGrouper();

    @Test
    void normalisesCasePunctuationStopWordsAndPlurals() {
        assertThat(QuestionGrouper.words("How much do the SESSIONS cost?!")).containsExactly("cost", "much", "session");
        assertThat(QuestionGrouper.words("Cost of sessions, how much?")).containsExactly("cost", "much", "session");
    }

    @Test
    void groupsSimilarWordingLargestFirstWithTheClosestIntent() {
        List<StoredQuestion> questions = new ArrayList<>();
        questions.add(question("do you take Medicare?", "insurance"));
        questions.add(question("Do you take medicare", "insurance"));
        questions.add(question("do you take medicare insurance", "cost"));
        questions.add(question("will medicare cover ketamine", "insurance"));
        questions.add(question("can I bring my dog", null));
        questions.add(question("Can I bring my dog?", null));
        questions.add(question("parking near the clinic", "location"));

        List<QuestionGroup> groups = grouper.group(questions, 10);

        assertThat(groups).extracting(QuestionGroup::count).containsExactly(3, 2, 1, 1);
        assertThat(groups.get(0).question()).isEqualTo("do you take Medicare?");
        assertThat(groups.get(0).closestIntent()).isEqualTo("insurance");
        assertThat(groups.get(0).examples()).containsExactly("do you take Medicare?", "do you take medicare insurance");
        assertThat(groups.get(1).question()).isEqualTo("can I bring my dog");
        assertThat(groups.get(1).closestIntent()).isNull();
    }

    @Test
    void returnsAtMostTheRequestedNumberOfGroups() {
        List<StoredQuestion> questions = List.of(question("alpha", null), question("beta", null), question("gamma", null));

        assertThat(grouper.group(questions, 2)).hasSize(2);
    }

    @Test
    void spanishQuestionsAreGroupedApartFromEnglishOnes() {
        List<StoredQuestion> questions = List.of(question("do you take medicare", "cost-insurance"),
                question("Do you take Medicare?", "cost-insurance"),
                new StoredQuestion(LocalDate.of(2026, 11, 21), "fallback", "cost-insurance", "aceptan medicare", "es"),
                new StoredQuestion(LocalDate.of(2026, 11, 21), "fallback", null, "do you take medicare", "es"));

        assertThat(grouper.group(questions, 10))
                .extracting(QuestionGroup::lang, QuestionGroup::count)
                .containsExactly(tuple("en", 2), tuple("es", 1), tuple("es", 1));
    }

    private static StoredQuestion question(String text, String intent) {
        return new StoredQuestion(LocalDate.of(2026, 11, 21), "fallback", intent, text, "en");
    }
}
