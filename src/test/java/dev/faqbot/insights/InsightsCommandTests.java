package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.insights.InsightsRepository.DailyCountKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsightsCommandTests {

    private static final LocalDate TODAY = InsightsRepositoryContract.TODAY;

    private TestDatabase database;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void seed() {
        database = TestDatabase.h2();
        InsightsRepository repository = database.repository();
        repository.addCount(new DailyCountKey(TODAY, "answer", "cost", null), 40);
        repository.addCount(new DailyCountKey(TODAY, "fallback", null, null), 3);
        repository.addCount(new DailyCountKey(TODAY, "crisis", null, "self-harm"), 1);
        repository.addCount(new DailyCountKey(TODAY.minusDays(10), "answer", "cost", null), 100);
        repository.addQuestion(TODAY, "fallback", "insurance", "do you take medicare", "en");
        repository.addQuestion(TODAY, "fallback", "insurance", "Do you take Medicare?", "en");
        repository.addQuestion(TODAY, "fallback", null, "can I bring my dog", "en");
        repository.addQuestion(TODAY.minusDays(10), "fallback", null, "older question", "en");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void printsCountsAndTopUnansweredQuestions() {
        int code = command(true).run(List.of("--days", "7"), out);

        assertThat(code).isZero();
        assertThat(output()).isEqualTo("""
                Insights for the last 7 days (2026-11-15 to 2026-11-21, UTC)
                Replies: 40 answer, 0 clarify, 3 fallback, 1 crisis, 0 error

                Top unanswered questions (fallback and clarify, grouped by similar wording):
                 count  lang  closest intent            question
                     2  en    insurance                 Do you take Medicare?
                     1  en    -                         can I bring my dog
                """);
    }

    @Test
    void exportsCsv() {
        assertThat(command(true).run(List.of("--csv", "--top", "1"), out)).isZero();

        assertThat(output()).isEqualTo("count,question,closest_intent,examples,lang\r\n"
                + "2,Do you take Medicare?,insurance,Do you take Medicare?,en\r\n");
    }

    @Test
    void saysWhenNoTextIsStored() {
        database.jdbc().sql("DELETE FROM insight_question").update();

        command(false).run(List.of(), out);

        assertThat(output()).contains("Replies: 140 answer").contains("No question text is stored (faqbot.insights.store-text=false)");
    }

    @Test
    void acceptsOptionsWithEqualsAndIgnoresSpringOptions() {
        int code = command(true).run(List.of("--spring.datasource.url=jdbc:h2:mem:x", "--top=1", "--days=2", "--csv"), out);

        assertThat(code).isZero();
        assertThat(output()).isEqualTo("count,question,closest_intent,examples,lang\r\n"
                + "2,Do you take Medicare?,insurance,Do you take Medicare?,en\r\n");
    }

    @Test
    void rejectsBadOptions() {
        assertThat(command(true).run(List.of("--days", "zero"), out)).isEqualTo(2);
        assertThat(command(true).run(List.of("--days"), out)).isEqualTo(2);
        assertThat(command(true).run(List.of("--verbose"), out)).isEqualTo(2);
        assertThat(output()).contains("usage: insights [--days N] [--top N] [--csv]");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(command(true).run(List.of("--help"), out)).isZero();

        assertThat(output()).contains("Usage: insights", "--days=N", "--top=N", "--csv");
    }

    private InsightsCommand command(boolean storeText) {
        InsightsProperties properties = new InsightsProperties(storeText, 30, 100, null);
        return new InsightsCommand(new InsightsReport(database.repository(), properties, InsightsRepositoryContract.CLOCK));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
