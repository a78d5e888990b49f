package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScreeningNormalizerTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I Want To DIE!!!                    | i want to die",
        "je suis épuisé, naïve café          | je suis epuise naive cafe",
        "kіll myѕelf                         | kill myself",       // Cyrillic і and ѕ
        "ｋｉｌｌ ｍｙｓｅｌｆ                  | kill myself",       // fullwidth
        "κill mysεlf                         | kill myself",       // Greek κ and ε
        "k1ll mys3lf                         | kill myself",
        "$uicide                             | suicide",
        "i want to d1e                       | i want to die",
        "0verdose                            | overdose",
        "k!ll myself                         | kill myself",
        "k*ll myself                         | kill myself",
        "s u i c i d e                       | suicide",
        "k.m.s                               | kill myself",
        "k-i-l-l myself                      | kill myself",
        "i want to diiiie                    | i want to die",
        "soooo tired                         | so tired",
        "killllll myself                     | kill myself",
        "suicde                              | suicide",
        "sucide                              | suicide",
        "suiside                             | suicide",
        "kil myslef                          | kill myself",
        "overdoes                            | overdose",
        "kms                                 | kill myself",
        "sewerslide                          | suicide",
        "sewer slide                         | suicide",
        "self-delete                         | self delete",
        "dont                                | do not",
        "don't                               | do not",
        "im tired                            | i am tired",
        "I'm tired                           | i am tired",
        "cant                                | can not",
        "can’t                               | can not",
        "won't                               | will not",
        "i wanna go                          | i want to go",
        "gonna                               | going to",
        "i'd rather                          | i would rather",
        "kill my self                        | kill myself",
        "killmyself                          | kill myself",
        "iwanttodie                          | i want to die",
        "i want to kiII myself               | i want to kill myself",
        "i od'd                              | i overdosed",
        "ur not alone                        | your not alone",
        "it's 20 kms away                    | it is 20 kms away",
        "10mg twice a day                    | 10mg twice a day",
        "took 15 pills, 50 more left         | took 15 pills 50 more left",
        "hace 15 años                        | hace 15 anos",
        "s\u200bu\u200bicide                 | suicide",           // zero-width spaces
        "z̷a̷l̷g̷o̷ die                         | zalgo die"
    })
    void normalisesForScreening(String raw, String expected) {
        assertThat(ScreeningNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void emptyAndNullBecomeEmpty() {
        assertThat(ScreeningNormalizer.normalize(null)).isEmpty();
        assertThat(ScreeningNormalizer.normalize("")).isEmpty();
        assertThat(ScreeningNormalizer.normalize("  \t\n ")).isEmpty();
        assertThat(ScreeningNormalizer.normalize("🙂🙂🙂 !!! ???")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u0002 kill\u0007 me", "\uD800 lone \uDFFF surrogates \uD83D", "'''''",
        "...---...", "@@@@", "$$$", "k*", "*", "i'", "'s", "1 2 3 4 5 6 7 8 9", "a b c d e f g h i j k l m n o p",
        "ꙮꙮꙮ 𝔨𝔦𝔩𝔩 𝓂𝓎𝓈𝑒𝓁𝒻", "\uFEFF\u202Ekill myself\u202C"})
    void neverThrowsOnOddInput(String raw) {
        long fallbacks = ScreeningFallbacks.count();

        assertThatCode(() -> ScreeningNormalizer.normalize(raw)).doesNotThrowAnyException();

        assertThat(ScreeningFallbacks.count()).as("normalised by the fallback after an internal error").isEqualTo(fallbacks);
    }

    @Test
    void handlesAHundredKilobytesInLinearTime() {
        String big = "i really want to know about ketamine prices and schedules ".repeat(1800);
        long start = System.nanoTime();
        String normalised = ScreeningNormalizer.normalize(big);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(normalised).startsWith("i really want to know");
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void mathematicalAlphanumericsFoldToAscii() {
        assertThat(ScreeningNormalizer.normalize("𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟")).isEqualTo("kill myself");
    }
}
