package dev.faqbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long message is read in windows of whole sentences, so its end is never cut off by the model's token limit. */
class SentenceWindowsTests {

    @Test
    void aShortMessageIsOneWindow() {
        assertThat(SentenceEmbedder.windowTexts("How long does it last?")).containsExactly("how long does it last?");
    }

    @Test
    void theLastSentenceOfALongMessageIsInAWindow() {
        String message = "We drove four hours to see my aunt and the traffic was terrible. ".repeat(12)
                + "I wrote letters to everyone.";

        List<String> windows = SentenceEmbedder.windowTexts(message);

        assertThat(windows).hasSizeGreaterThan(1);
        assertThat(windows).allSatisfy(w -> assertThat(w.split(" ")).hasSizeLessThanOrEqualTo(60));
        assertThat(windows.get(windows.size() - 1)).endsWith("i wrote letters to everyone.");
    }

    @Test
    void aRunWithoutSpacesIsCutSoNoWindowOutgrowsTheModel() {
        List<String> windows = SentenceEmbedder.windowTexts("a".repeat(1500) + " help");

        assertThat(windows).allSatisfy(w -> assertThat(w.length()).isLessThan(100));
        assertThat(String.join(" ", windows)).endsWith("help");
    }

    @Test
    void textOfOnlyUnicodeSpacesOrControlCharactersIsEmbeddedWithoutError() {
        SentenceEmbedder embedder = new SentenceEmbedder(10);

        assertThat(embedder.embed("\u2003\u3000\u2009")).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(embedder.embed("\u0000\u0007\uFFFD")).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(SentenceEmbedder.key("a\u3000\u2003b")).isEqualTo("a b");
    }
}
