package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.faqbot.semantic.SentenceEmbedder;
import dev.faqbot.semantic.VectorMaxent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one door: the floor decides first, the learned layer (a real embedding model and a small real maxent model
 * here) can only add an escalation, reads a long message to its end, and a layer that fails never costs the floor's
 * verdict.
 */
class SafetyServiceTests {

    private static final String GOODBYE = "i gave my guitar to my brother and wrote everyone a letter";
    private static final CrisisScreen FLOOR = new PhraseCrisisScreen(CrisisRules.builtIn());

    private static VectorMaxent model;
    private static LearnedCrisisLayer learned;

    @BeforeAll
    static void trainASmallLayer() {
        SentenceEmbedder embedder = new SentenceEmbedder(100);
        List<VectorMaxent.Sample> samples = new ArrayList<>();
        for (String text : List.of(GOODBYE, "nobody will miss me when i am gone", "i have been saving my pills for a reason")) {
            samples.add(new VectorMaxent.Sample("self-harm", embedder.embed(text), LearnedCrisisLayer.wordFeatures(text)));
        }
        for (String text : List.of("how much does an infusion cost", "what are the side effects", "can i drive home after",
                "hello there", "do you take my insurance", "how long does a session take", "ok thanks")) {
            samples.add(new VectorMaxent.Sample(CrisisCorpus.NONE, embedder.embed(text), LearnedCrisisLayer.wordFeatures(text)));
        }
        model = VectorMaxent.train(samples, LearnedCrisisLayer.SCALE, 0.01, 100);
        learned = new LearnedCrisisLayer(model, embedder, 0.7);
    }

    @Test
    void theFloorDecidesFirstAndTheLearnedLayerIsNotAsked() {
        LearnedCrisisLayer neverAsked = mock(LearnedCrisisLayer.class);
        SafetyService safety = new SafetyService(FLOOR, 2000);
        safety.swapLearned(neverAsked);

        Optional<CrisisVerdict> verdict = safety.assess("i want to kill myself", List.of());

        assertThat(verdict).map(CrisisVerdict::layer).contains(CrisisVerdict.Layer.FLOOR);
        verifyNoInteractions(neverAsked);
    }

    @Test
    void whatTheFloorMissesTheLearnedLayerEscalates() {
        SafetyService safety = new SafetyService(FLOOR, 2000);
        assertThat(FLOOR.screen(GOODBYE, List.of())).as("a message the floor does not know").isEmpty();
        assertThat(safety.assess(GOODBYE, List.of())).as("before the layer is live").isEmpty();

        safety.swapLearned(learned);

        assertThat(safety.assess(GOODBYE, List.of())).map(CrisisVerdict::layer).contains(CrisisVerdict.Layer.LEARNED);
        assertThat(safety.assess("how much does an infusion cost", List.of())).isEmpty();
    }

    @Test
    void aLongMessageIsReadToItsLastSentence() {
        SafetyService safety = new SafetyService(FLOOR, 2000);
        safety.swapLearned(learned);
        String chatty = "my insurance asked for a prior authorisation and i had to call them three times this week. ".repeat(9);
        assertThat(chatty.length()).isGreaterThan(800);

        assertThat(safety.assess(chatty, List.of())).isEmpty();
        assertThat(safety.assess(chatty + GOODBYE, List.of())).map(CrisisVerdict::category).contains(CrisisCategory.SELF_HARM);
    }

    @Test
    void aCrisisSentenceTackedOntoQuestionsIsReadOnItsOwn() {
        String questions = "how much does an infusion cost, do you take my insurance, how long does a session take, "
                + "and can i drive home after? ";
        String tacked = questions + GOODBYE;
        assertThat(learned.score(SentenceEmbedder.key(tacked), false).probability()).as("the whole message, read as one text")
                .isLessThan(0.7);
        assertThat(learned.score(GOODBYE, false).probability()).isGreaterThanOrEqualTo(LearnedCrisisLayer.SENTENCE_THRESHOLD);

        assertThat(learned.judge(tacked, List.of())).map(LearnedCrisisLayer.Judgement::category).contains(CrisisCategory.SELF_HARM);
        assertThat(learned.judge(questions + "ok thanks, hello there.", List.of())).isEmpty();
    }

    @Test
    void aLongMessageHasItsFirstAndLastSentencesReadOnTheirOwn() {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sentences.add("this is sentence number " + i + ".");
        }

        assertThat(LearnedCrisisLayer.sentencesReadAlone(String.join(" ", sentences)))
                .hasSize(LearnedCrisisLayer.MAX_SENTENCES)
                .startsWith(sentences.get(0)).endsWith(sentences.get(9))
                .doesNotContain(sentences.get(4));
        assertThat(LearnedCrisisLayer.sentencesReadAlone("how much does it cost for one session")).isEmpty();
        assertThat(LearnedCrisisLayer.sentencesReadAlone("hi. ok. how much is it?")).isEmpty();
    }

    @Test
    void aShortMessageReadAloneNeedsAStrongerReadingThanALongOne() {
        String brief = "my guitar";
        String longer = "i wrote a letter to my brother about my old guitar";
        double briefAlone = learned.score(brief, false).probability();
        double longerAlone = learned.score(longer, false).probability();
        assertThat(brief.split(" ")).hasSizeLessThanOrEqualTo(LearnedCrisisLayer.SHORT_MESSAGE_WORDS);
        assertThat(longer.split(" ")).hasSizeGreaterThan(LearnedCrisisLayer.SHORT_MESSAGE_WORDS);
        assertThat(briefAlone).as("a reading between the layer's threshold and the short-message bar")
                .isBetween(0.05, LearnedCrisisLayer.SHORT_MESSAGE_THRESHOLD - 0.01);
        LearnedCrisisLayer lenient = new LearnedCrisisLayer(model, new SentenceEmbedder(100), Math.min(briefAlone, longerAlone) / 2);

        assertThat(lenient.judge(brief, List.of())).as("short, read alone").isEmpty();
        assertThat(lenient.judge(longer, List.of())).as("longer, same threshold").isPresent();
    }

    @Test
    void aHarmlessReplyAfterACrisisTurnIsNotEscalatedByTheJoinedReadingAlone() {
        assertThat(learned.judge("ok thanks", List.of(GOODBYE))).isEmpty();
    }

    @Test
    void anOrdinaryConversationIsNotReadAgainAsOneText() {
        SentenceEmbedder embedder = spy(new SentenceEmbedder(100));
        LearnedCrisisLayer layer = new LearnedCrisisLayer(model, embedder, 0.7);
        List<String> earlier = List.of("how much does an infusion cost");

        assertThat(layer.judge("do you take my insurance", earlier)).isEmpty();

        verify(embedder, never()).embed(LearnedCrisisLayer.joined(earlier, "do you take my insurance"));
    }

    @Test
    void aTurnWithAHintOfCrisisIsReadTogetherWithTheNewest() {
        SentenceEmbedder embedder = spy(new SentenceEmbedder(100));
        LearnedCrisisLayer layer = new LearnedCrisisLayer(model, embedder, 0.7);
        List<String> earlier = List.of("i have been saving my pills for a reason");

        layer.judge("tonight", earlier);

        verify(embedder).embed(LearnedCrisisLayer.joined(earlier, "tonight"));
    }

    @Test
    void aFailingLearnedLayerLeavesTheFloorsVerdictStanding() {
        LearnedCrisisLayer broken = mock(LearnedCrisisLayer.class);
        when(broken.judge(anyString(), anyList())).thenThrow(new IllegalStateException("onnx runtime failed"));
        CrisisScreen floor = mock(CrisisScreen.class);
        when(floor.screen(anyString(), any())).thenReturn(Optional.empty());
        SafetyService safety = new SafetyService(floor, 2000);
        safety.swapLearned(broken);

        assertThat(safety.assess("anything at all", List.of())).isEmpty();

        SafetyService withRealFloor = new SafetyService(FLOOR, 2000);
        withRealFloor.swapLearned(broken);
        assertThat(withRealFloor.assess("i want to end my life", List.of())).isPresent();
    }

    @Test
    void theLearnedLayerReadsAMessageWithoutTheIdiomsThatHeldItsOnlyCrisisWords() {
        LearnedCrisisLayer reader = spy(learned);
        SafetyService safety = new SafetyService(FLOOR, 2000);
        safety.swapLearned(reader);

        safety.assess("i totally od'd on my aunt's tamales over christmas", List.of());
        safety.assess("how much does an infusion cost", List.of());

        verify(reader).judge(argThat(text -> !text.contains("tamales") && text.contains("christmas")), anyList());
        verify(reader).judge(eq("how much does an infusion cost"), anyList());
    }
}
