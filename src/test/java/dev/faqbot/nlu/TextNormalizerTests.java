package dev.faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void expandsContractionsWithOrWithoutApostrophes() {
        assertThat(TextNormalizer.tokens("I'm sure it doesnt hurt, whats next?"))
                .containsExactly("i", "am", "sure", "it", "does", "not", "hurt", "what", "is", "next");
    }

    @Test
    void foldsCaseAccentsCurlyQuotesAndStretchedLetters() {
        assertThat(TextNormalizer.tokens("Café  DON\u2019T sooooo")).containsExactly("cafe", "do", "not", "soo");
    }

    @Test
    void mapsProductSynonymsAndMisspellings() {
        assertThat(TextNormalizer.tokens("special k vs Spravato ketamin infusoin"))
                .containsExactly("ketamine", "specialk", "vs", "esketamine", "ketamine", "infusion");
    }

    @Test
    void spellsOutSpanishChatShorthand() {
        assertThat(TextNormalizer.tokens("tengo q ir en ayunas? xq tb pregunto"))
                .containsExactly("tengo", "que", "ir", "en", "ayunas", "porque", "tambien", "pregunto");
    }

    @Test
    void emptyAndPunctuationOnlyInputGiveNoTokens() {
        assertThat(TextNormalizer.tokens("  ?!  ")).isEmpty();
    }
}
