package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.faqbot.nlu.Classification;
import dev.faqbot.nlu.IntentClassifier;
import dev.faqbot.safety.CrisisCategory;
import dev.faqbot.safety.CrisisResource;
import dev.faqbot.safety.CrisisScreen;
import dev.faqbot.safety.CrisisVerdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.context.ApplicationEventPublisher;

class ChatServiceTests {

    private final CrisisScreen screen = mock(CrisisScreen.class);
    private final IntentClassifier classifier = mock(IntentClassifier.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ChatService chat = ChatFixtures.chatService(screen, classifier, registry, events);

    @Test
    void crisisReplyComesBeforeClassificationEvenWhenTheClassifierThrows() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.SELF_HARM, "r", false)));
        when(classifier.classify(anyString())).thenThrow(new IllegalStateException("model broken"));

        Reply reply = chat.reply(new ChatRequest("something", null, "c-1", null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("crisis");
        assertThat(reply.replyTo()).isEqualTo("c-1");
        assertThat(((Reply.Crisis) reply).resources()).extracting(CrisisResource::id).containsExactly("911", "988", "crisis-text-line");
        verify(classifier, never()).classify(anyString());
        assertThat(registry.counter("faqbot.crisis.escalations", "category", "self-harm").count()).isEqualTo(1);
    }

    @Test
    void screeningRunsFirstThenTheClassifier() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.9));

        chat.reply(new ChatRequest("hi", null, null, null), ChatFixtures.conversation());

        InOrder order = inOrder(screen, classifier);
        order.verify(screen).screen(anyString(), anyList());
        order.verify(classifier).classify("hi");
    }

    @Test
    void tooLongTextIsScreenedFirstAndStillEscalates() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.ABUSE, "r", false)));

        Reply reply = chat.reply(new ChatRequest("x".repeat(5000), null, null, null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("crisis");
        assertThat(((Reply.Crisis) reply).category()).isEqualTo("abuse");
    }

    @Test
    void tooLongOrdinaryTextGetsTooLongAfterScreening() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());

        Reply reply = chat.reply(new ChatRequest("x".repeat(1001), null, null, null), ChatFixtures.conversation());

        assertThat(((Reply.Error) reply).code()).isEqualTo("too-long");
        verify(screen).screen(anyString(), anyList());
        verify(classifier, never()).classify(anyString());
    }

    @Test
    void classifierFailureGivesAnHonestFallbackNotAGuess() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenThrow(new IllegalStateException("boom"));

        Reply reply = chat.reply(new ChatRequest("hello?", null, null, null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("fallback");
        assertThat(reply.text()).isEqualTo("Try again.");
    }

    @Test
    void earlierMessagesOfTheConversationReachTheScreen() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.9));
        Conversation conversation = ChatFixtures.conversation();

        chat.reply(new ChatRequest("first", null, null, null), conversation);
        chat.reply(new ChatRequest("second", null, null, null), conversation);

        verify(screen).screen("second", List.of("first"));
    }

    @Test
    void negatedCrisisWithAClearQuestionCarriesTheAnswerAfterTheResources() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.SELF_HARM, "r", true)));
        when(classifier.classify(anyString())).thenReturn(ranking("side-effects", 0.9));

        Reply reply = chat.reply(new ChatRequest("not suicidal, just asking about side effects", null, null, null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("crisis");
        assertThat(((Reply.Crisis) reply).answer().intent()).isEqualTo("side-effects");
    }

    @Test
    void answersWithTheCuratedTextAndFollowUps() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.9));

        Reply reply = chat.reply(new ChatRequest("hi", null, "7", null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("answer");
        assertThat(reply.text()).isEqualTo("Hello!");
        assertThat(((Reply.Answer) reply).followUps()).containsExactly(new Option("side-effects", "Side effects"));
        assertThat(reply.replyTo()).isEqualTo("7");
    }

    @Test
    void tappedIntentIsAnsweredDirectlyWithFullConfidence() {
        Reply reply = chat.reply(new ChatRequest(null, "side-effects", null, null), ChatFixtures.conversation());

        assertThat(reply.type()).isEqualTo("answer");
        assertThat(((Reply.Answer) reply).confidence()).isEqualTo(1.0);
        verify(classifier, never()).classify(anyString());
    }

    @Test
    void unknownTappedIntentIsAnError() {
        assertThat(((Reply.Error) chat.reply(new ChatRequest(null, "nope", null, null), ChatFixtures.conversation())).code()).isEqualTo("unknown-intent");
    }

    @Test
    void fallbackKeepsTheTextForInsightsButCrisisNever() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.2));
        chat.reply(new ChatRequest("where do i park", null, null, null), ChatFixtures.conversation());
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.SELF_HARM, "r", false)));
        chat.reply(new ChatRequest("crisis words", null, null, null), ChatFixtures.conversation());

        ArgumentCaptor<Object> turns = ArgumentCaptor.forClass(Object.class);
        verify(events, org.mockito.Mockito.times(2)).publishEvent(turns.capture());
        assertThat(turns.getAllValues()).extracting(t -> ((ConversationTurn) t).visitorText())
                .containsExactly("where do i park", null);
    }

    @Test
    void overTheRateLimitGetsRateLimitedWithARetryHint() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.9));
        Conversation conversation = ChatFixtures.conversation();
        for (int i = 0; i < 3; i++) {
            assertThat(chat.reply(new ChatRequest("hi", null, null, null), conversation).type()).isEqualTo("answer");
        }

        Reply limited = chat.reply(new ChatRequest("hi", null, "4", null), conversation);

        assertThat(((Reply.Error) limited).code()).isEqualTo("rate-limited");
        assertThat(((Reply.Error) limited).retryAfterSeconds()).isPositive();
        assertThat(limited.replyTo()).isEqualTo("4");
    }

    @Test
    void crisisMessageIsScreenedAndAnsweredEvenWhenRateLimited() {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(ranking("greeting", 0.9));
        Conversation conversation = ChatFixtures.conversation();
        for (int i = 0; i < 4; i++) {
            chat.reply(new ChatRequest("hi", null, null, null), conversation);
        }
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.SELF_HARM, "r", false)));

        Reply reply = chat.reply(new ChatRequest("i can't go on", null, null, null), conversation);

        assertThat(reply.type()).isEqualTo("crisis");
        assertThat(((Reply.Crisis) reply).resources()).extracting(CrisisResource::id).startsWith("911", "988", "crisis-text-line");
    }

    /** A crisis remark tacked onto a question the classifier is sure of ("is there parking? after that, the roof") stays crisis. */
    @Test
    void noVerdictGivesWayToANearCertainAnswer() {
        when(classifier.classify(anyString())).thenReturn(ranking("side-effects", 0.999));
        for (CrisisVerdict verdict : List.of(learned(0.45, CrisisVerdict.Layer.LEARNED), learned(0.96, CrisisVerdict.Layer.LEARNED),
                learned(0.6, CrisisVerdict.Layer.LEARNED_CONTEXT), new CrisisVerdict(CrisisCategory.SELF_HARM, "floor:x", false))) {
            when(screen.screen(anyString(), anyList())).thenReturn(Optional.of(verdict));

            Reply reply = chat.reply(new ChatRequest("what are the side effects? won't matter after friday", null, null, null),
                    ChatFixtures.conversation());

            assertThat(reply.type()).as(verdict.toString()).isEqualTo("crisis");
        }
    }

    private static CrisisVerdict learned(double probability, CrisisVerdict.Layer layer) {
        return new CrisisVerdict(CrisisCategory.SELF_HARM, "learned:" + probability, false, layer, probability);
    }

    private static Classification ranking(String intent, double probability) {
        String other = intent.equals("greeting") ? "side-effects" : "greeting";
        return new Classification(List.of(new Classification.Score(intent, probability),
                new Classification.Score(other, Math.max(0, 1 - probability - 0.3))));
    }
}
