package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faqbot.chat.ConversationTurn;
import dev.faqbot.insights.InsightsRepository.DailyCountKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The repository behaviour every supported database must show. Subclasses supply the database:
 * {@link H2InsightsRepositoryTests} and {@link PostgresInsightsRepositoryTests}.
 */
abstract class InsightsRepositoryContract {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** The database under test, migrated and empty before each test. */
    abstract TestDatabase database();

    InsightsRepository repository;

    @BeforeEach
    void emptyTables() {
        database().jdbc().sql("DELETE FROM insight_question").update();
        database().jdbc().sql("DELETE FROM insight_daily_count").update();
        repository = database().repository();
    }

    @Test
    void countsAddUpPerDayReplyTypeAndIntent() {
        repository.addCount(new DailyCountKey(TODAY, "answer", "cost", null), 3);
        repository.addCount(new DailyCountKey(TODAY, "answer", "cost", null), 2);
        repository.addCount(new DailyCountKey(TODAY, "fallback", null, null), 1);
        repository.addCount(new DailyCountKey(TODAY.minusDays(1), "answer", "cost", null), 7);
        repository.addCount(new DailyCountKey(TODAY, "crisis", null, "self-harm"), 1);

        assertThat(repository.countsByReplyType(TODAY)).containsExactly(
                Map.entry("answer", 5L), Map.entry("crisis", 1L), Map.entry("fallback", 1L));
        assertThat(repository.countsByReplyType(TODAY.minusDays(1))).containsEntry("answer", 12L);
    }

    @Test
    void questionsComeBackNewestFirstWithinThePeriod() {
        repository.addQuestion(TODAY.minusDays(3), "fallback", null, "too old", "en");
        repository.addQuestion(TODAY, "fallback", "cost", "first", "en");
        repository.addQuestion(TODAY, "clarify", "dosing", "second", "en");

        assertThat(repository.questionsSince(TODAY.minusDays(1), 10))
                .extracting(InsightsRepository.StoredQuestion::text)
                .containsExactly("second", "first");
        assertThat(repository.questionsSince(TODAY.minusDays(7), 1)).hasSize(1);
    }

    @Test
    void schemaRefusesQuestionTextOfAnyOtherReplyType() {
        assertThatThrownBy(() -> repository.addQuestion(TODAY, "crisis", null, "must never be stored", "en"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repository.questionCount()).isZero();
    }

    @Test
    void purgeDeletesEverythingOlderThanTheRetentionPeriod() {
        InsightsProperties properties = new InsightsProperties(true, 30, 100, null);
        LocalDate oldestKept = TODAY.minusDays(29);
        repository.addCount(new DailyCountKey(oldestKept, "answer", "cost", null), 1);
        repository.addCount(new DailyCountKey(oldestKept.minusDays(1), "answer", "cost", null), 1);
        repository.addQuestion(oldestKept, "fallback", null, "kept", "en");
        repository.addQuestion(oldestKept.minusDays(1), "fallback", null, "purged", "en");
        repository.addQuestion(oldestKept.minusDays(400), "clarify", null, "purged long ago", "en");

        int deleted = new InsightsPurge(repository, properties, CLOCK).purge();

        assertThat(deleted).isEqualTo(3);
        assertThat(repository.questionsSince(LocalDate.MIN.plusYears(1), 10))
                .extracting(InsightsRepository.StoredQuestion::text).containsExactly("kept");
        assertThat(repository.countsByReplyType(oldestKept.minusYears(1))).containsExactly(Map.entry("answer", 1L));
    }

    @Test
    void writerStoresRedactedFallbackTextButNeverCrisisText() {
        InsightsQueue queue = new InsightsQueue(100, new SimpleMeterRegistry());
        TurnRecorder recorder = new TurnRecorder(queue, new InsightsProperties(true, 30, 100, null));
        Instant now = CLOCK.instant();
        recorder.onTurn(new ConversationTurn("fallback", "cost", null, "Do you take Aetna? mail me at jo@example.com", now, "en"));
        recorder.onTurn(new ConversationTurn("crisis", null, "self-harm", "crisis words", now, "en"));
        recorder.onTurn(new ConversationTurn("crisis", null, null, "crisis words without a category", now, "en"));
        recorder.onTurn(new ConversationTurn("answer", "cost", null, "how much is it", now, "en"));
        recorder.onTurn(new ConversationTurn("fallback", null, null, "tienen estacionamiento?", now, "es"));

        List<PendingInsight> batch = new ArrayList<>();
        queue.drainTo(batch);
        new InsightsWriter(queue, repository, new Redactor()).write(batch);

        assertThat(repository.questionsSince(TODAY, 10))
                .extracting(InsightsRepository.StoredQuestion::text, InsightsRepository.StoredQuestion::lang)
                .containsExactlyInAnyOrder(tuple("Do you take Aetna? mail me at [email]", "en"), tuple("tienen estacionamiento?", "es"));
        assertThat(database().jdbc().sql("SELECT question FROM insight_question").query(String.class).list())
                .noneMatch(text -> text.contains("crisis"));
        assertThat(repository.countsByReplyType(TODAY)).containsExactly(
                Map.entry("answer", 1L), Map.entry("crisis", 2L), Map.entry("fallback", 2L));
    }
}
