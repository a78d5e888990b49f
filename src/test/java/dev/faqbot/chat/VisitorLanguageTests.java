package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reply's language follows the visitor's own words; the widget's language decides only when they don't tell. */
class VisitorLanguageTests {

    @Test
    void theWordsDecide() {
        assertThat(VisitorLanguage.of("cuanto cuesta una sesion y la aseguranza la cubre?")).isEqualTo("es");
        assertThat(VisitorLanguage.of("¿Cuánto dura el efecto?")).isEqualTo("es");
        assertThat(VisitorLanguage.of("how much does a session cost")).isEqualTo("en");
        assertThat(VisitorLanguage.of("el copay is how much?")).isNotNull();
    }

    @Test
    void wordsFarCommonerInOneLanguageOfTheCorpusDecideShortMessages() {
        assertThat(VisitorLanguage.of("atienden sabados")).isEqualTo("es");
        assertThat(VisitorLanguage.of("me da nauseas")).isEqualTo("es");
        assertThat(VisitorLanguage.of("parking free?")).isEqualTo("en");
    }

    @Test
    void aMessageTooShortToTellSaysNothing() {
        assertThat(VisitorLanguage.of("ok bye")).isNull();
        assertThat(VisitorLanguage.of("ok")).isNull();
        assertThat(VisitorLanguage.of("👍")).isNull();
        assertThat(VisitorLanguage.of("")).isNull();
    }

    @Test
    void thenTheWidgetThenTheConversationThenEnglish() {
        assertThat(VisitorLanguage.resolve("ok", "es", "en")).isEqualTo("es");
        assertThat(VisitorLanguage.resolve("ok", null, "es")).isEqualTo("es");
        assertThat(VisitorLanguage.resolve("ok", "fr", null)).isEqualTo("en");
        assertThat(VisitorLanguage.resolve("what does it cost", "es", "es")).isEqualTo("en");
        // Spanglish in both languages about equally: the widget's language answers
        assertThat(VisitorLanguage.resolve("how long does it take to work? los antidepresivos me tardaron meses", "es", null))
                .isEqualTo("es");
        assertThat(VisitorLanguage.resolve("how long does it take to work? los antidepresivos me tardaron meses", "en", null))
                .isEqualTo("en");
        assertThat(VisitorLanguage.resolve("tienen appointment para el viernes? el copay cuanto es", "en", null))
                .as("a loan word or two does not mix").isEqualTo("es");
    }
}
