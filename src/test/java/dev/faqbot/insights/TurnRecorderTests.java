package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faqbot.chat.ConversationTurn;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnRecorderTests {

    private final InsightsQueue queue = new InsightsQueue(100, new SimpleMeterRegistry());

    @Test
    void keepsNoTextByDefault() {
        record(false, new ConversationTurn("fallback", null, null, "what is the meaning of life", Instant.now(), "en"));

        assertThat(queued()).singleElement().satisfies(insight -> {
            assertThat(insight.replyType()).isEqualTo("fallback");
            assertThat(insight.text()).isNull();
        });
    }

    @Test
    void keepsTextOfFallbackAndClarifyOnlyWhenStoreTextIsOn() {
        record(true,
                new ConversationTurn("fallback", null, null, "unanswered", Instant.now(), "en"),
                new ConversationTurn("clarify", "cost", null, "ambiguous", Instant.now(), "en"),
                new ConversationTurn("answer", "cost", null, "answered", Instant.now(), "en"),
                new ConversationTurn("error", null, null, "too long", Instant.now(), "en"));

        assertThat(queued()).extracting(PendingInsight::text).containsExactly("unanswered", "ambiguous", null, null);
    }

    @Test
    void neverKeepsCrisisTextEvenWithStoreTextOn() {
        record(true,
                new ConversationTurn("crisis", null, "self-harm", "crisis words", Instant.now(), "en"),
                new ConversationTurn("crisis", null, null, "crisis words, no category", Instant.now(), "en"),
                new ConversationTurn("fallback", null, "abuse", "crisis words on a fallback", Instant.now(), "en"));

        assertThat(queued()).hasSize(3).allSatisfy(insight -> assertThat(insight.text()).isNull());
        assertThat(queued()).isEmpty();
    }

    private void record(boolean storeText, ConversationTurn... turns) {
        TurnRecorder recorder = new TurnRecorder(queue, new InsightsProperties(storeText, 30, 100, null));
        for (ConversationTurn turn : turns) {
            recorder.onTurn(turn);
        }
    }

    private List<PendingInsight> queued() {
        List<PendingInsight> drained = new ArrayList<>();
        queue.drainTo(drained);
        return drained;
    }
}
