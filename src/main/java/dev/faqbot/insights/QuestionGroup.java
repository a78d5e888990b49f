package dev.faqbot.insights;

import java.util.List;
import java.util.Objects;

/**
 * One group of similarly worded unanswered questions, as staff see it.
 *
 * @param question the most frequent wording (redacted)
 * @param count how many times a question of this group was asked
 * @param closestIntent the intent the classifier most often guessed for it, or null
 * @param examples up to three distinct wordings, the most frequent first
 * @param lang the language the questions were answered in ({@code en} or {@code es}): groups never mix languages
 */
record QuestionGroup(String question, int count, String closestIntent, List<String> examples, String lang) {
    public QuestionGroup {
        Objects.requireNonNull(question, "question must not be null");
        examples = List.copyOf(examples);
    }
}
