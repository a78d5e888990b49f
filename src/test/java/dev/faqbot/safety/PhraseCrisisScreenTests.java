package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseCrisisScreenTests {

    private static PhraseCrisisScreen screen;
    private static PhraseCrisisScreen floorOnly;

    @BeforeAll
    static void setUp() {
        screen = new PhraseCrisisScreen(CrisisRules.load(Path.of("intents/crisis/phrases.yml")));
        floorOnly = new PhraseCrisisScreen(CrisisRules.builtIn());
    }

    private static Optional<CrisisVerdict> check(String message) {
        return screen.screen(message, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"does it kill the pain", "will ketamine kill my nerve pain", "i have a killer headache",
        "i get killer migraines every week", "i'm dying to know the price", "this wait is killing me",
        "dead tired after my infusion", "can you shoot me a text when my appointment is confirmed",
        "can i cut down on my meds before starting", "is ketamine a painkiller", "my feet are killing me",
        "what's the deadline to cancel", "what happens if you take too much ketamine", "signs of overdose",
        "what are the signs of a ketamine overdose", "i'd kill for an earlier slot", "my back is killing me",
        "the suspense is killing me lol", "my phone died during the call", "we need to kill time before the session",
        "can ketamine cause chest pain", "is chest tightness a side effect", "i had a heart attack years ago",
        "my depression was unresponsive to ssris", "your booking page is not responding",
        "i can't go on vacation during treatment", "i want to end my treatment early",
        "can ketamine hurt my baby if i'm breastfeeding", "i beat myself up about missing appointments",
        "i want to cut back on caffeine", "i take all my meds in the morning", "i had too much coffee today"})
    void ordinaryIdiomsAndQuestionsStayClear(String message) {
        assertThat(check(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kms                                     | self-harm",
        "gonna kms tonight                       | self-harm",
        "i should just kys                       | self-harm",
        "i want to unalive myself                | self-harm",
        "thinking about sewerslide               | self-harm",
        "i just want to self-delete              | self-harm",
        "ready to ctb                            | self-harm",
        "i want to go to sleep forever           | self-harm",
        "i hope i dont wake up                   | self-harm",
        "k1ll mys3lf                             | self-harm",
        "$uicide                                 | self-harm",
        "i want to d1e                           | self-harm",
        "s u i c i d e                           | self-harm",
        "k.m.s                                   | self-harm",
        "k-i-l-l myself                          | self-harm",
        "i want to diiiie                        | self-harm",
        "suicde                                  | self-harm",
        "thinking of sucide                      | self-harm",
        "suiside                                 | self-harm",
        "i want to kil myslef                    | self-harm",
        "kіll myself                             | self-harm",
        "ｋｉｌｌ ｍｙｓｅｌｆ                       | self-harm",
        "i wanna die                             | self-harm",
        "im done, everyone would be better off without me | self-harm",
        "i've been saving my pills               | self-harm",
        "how much would it take to not wake up   | self-harm",
        "what's the lethal dose of ketamine      | self-harm",
        "my son wants to end it                  | self-harm",
        "does ketamine help with suicidal thoughts | self-harm",
        "i've been cutting again                 | self-harm",
        "i burn myself when it gets bad          | self-harm",
        "this wait is killing me and honestly i want to die | self-harm",
        "my feet are killing me and i want to kill myself | self-harm",
        "i took too much ketamine and can't breathe | medical-emergency",
        "my friend is unresponsive after her infusion | medical-emergency",
        "i think i overdosed                     | medical-emergency",
        "he's having a seizure                   | medical-emergency",
        "chest pain after my session             | medical-emergency",
        "my husband hits me                      | abuse",
        "i'm not safe at home                    | abuse",
        "he said he would kill me if i leave     | abuse",
        "i want to hurt my boss                  | harm-to-others",
        "i'm going to shoot up the school        | harm-to-others"
    })
    void crisisWordingEscalates(String message, String category) {
        Optional<CrisisVerdict> verdict = check(message);
        assertThat(verdict).as(message).isPresent();
        assertThat(verdict.get().category().id()).as(message).isEqualTo(category);
        assertThat(verdict.get().ruleId()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i totally od'd on my aunt's tamales over christmas", "im dying to know the price lol",
            "me voy a morir de la risa con ese video"})
    void idiomsThatHeldTheOnlyCrisisWordsAreCutFromWhatTheLearnedLayerReads(String message) {
        String reading = screen.learnedReading(message);
        assertThat(screen.screen(message, List.of())).isEmpty();
        assertThat(reading).isNotEqualTo(message).doesNotContain("dying").doesNotContain("od d").doesNotContain("morir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"how much does an infusion cost", "i want to kill myself", "im not suicidal but i keep thinking about dying"})
    void otherMessagesReachTheLearnedLayerAsTheyCame(String message) {
        assertThat(screen.learnedReading(message)).isSameAs(message);
    }

    @Test
    void negatedCrisisWordingStillEscalatesWithTheNegationFlagSet() {
        CrisisVerdict verdict = check("not suicidal, just asking about side effects").orElseThrow();
        assertThat(verdict.category()).isEqualTo(CrisisCategory.SELF_HARM);
        assertThat(verdict.negated()).isTrue();
        assertThat(check("i would never hurt myself, how long is an infusion").orElseThrow().negated()).isTrue();
    }

    @Test
    void negationDoesNotClearOtherCrisisWording() {
        CrisisVerdict verdict = check("i'm not suicidal but i keep thinking about dying").orElseThrow();
        assertThat(verdict.negated()).isFalse();
        assertThat(check("i don't want to live anymore").orElseThrow().negated()).isFalse();
    }

    @Test
    void earlierMessagesEscalateAnOtherwiseClearMessage() {
        assertThat(screen.screen("tonight", List.of("i've been saving my pills"))).isPresent();
        assertThat(screen.screen("goodbye", List.of("how much is it", "i have the rope"))).isPresent();
        assertThat(screen.screen("disappear forever", List.of("i just want to"))).isPresent();
        assertThat(screen.screen("goodbye", List.of("i feel so hopeless and worthless"))).isPresent();
        CrisisVerdict v = screen.screen("today", List.of("i bought a gun")).orElseThrow();
        assertThat(v.ruleId()).startsWith("context:");
    }

    /** Readings of recent messages are kept: a message read before, alone or as an earlier turn, is judged the same. */
    @Test
    void aMessageReadBeforeIsJudgedTheSameAloneAndInContext() {
        PhraseCrisisScreen fresh = new PhraseCrisisScreen(CrisisRules.builtIn());
        assertThat(fresh.screen("counted them, should be plenty", List.of())).isEmpty();
        assertThat(fresh.screen("i've kept all my old prescriptions", List.of())).isEmpty();
        assertThat(fresh.screen("counted them, should be plenty", List.of("i've kept all my old prescriptions"))).isPresent();
        assertThat(fresh.screen("counted them, should be plenty", List.of())).isEmpty();
        assertThat(fresh.screen("i want to kill myself", List.of()).orElseThrow().ruleId())
                .isEqualTo(fresh.screen("i want to kill myself", List.of("hello")).orElseThrow().ruleId());
    }

    /** A flood of distinct frames as long as the server accepts (8 KB) cannot grow the recent readings past their budget. */
    @Test
    void distinctLongMessagesStayWithinTheRecentReadingsBudget() {
        PhraseCrisisScreen fresh = new PhraseCrisisScreen(CrisisRules.builtIn());
        String filler = "how much is parking and do you take insurance ".repeat(170);
        for (int i = 0; i < 600; i++) {
            assertThat(fresh.screen(i + " " + filler, List.of())).isEmpty();
        }
        assertThat(fresh.recentCharacters()).isPositive().isLessThanOrEqualTo(PhraseCrisisScreen.RECENT_CHARACTERS);
        assertThat(fresh.screen("i want to kill myself " + filler, List.of())).isPresent();
    }

    @Test
    void aSentenceSplitOverTwoMessagesEscalatesHoweverLongTheNewMessageGoesOn() {
        String questions = " how much is an infusion and do you take insurance".repeat(20);
        assertThat(screen.screen("disappear forever." + questions, List.of("i just want to"))).isPresent();
        assertThat(screen.screen("to die." + questions, List.of("how much is it", "honestly i want"))).isPresent();
        assertThat(screen.screen("tonight." + questions, List.of("i've been saving my pills"))).isPresent();
        assertThat(screen.screen("die." + questions, List.of("sometimes i wish someone would just kill me and"
                + " i should just")).orElseThrow().category()).isEqualTo(CrisisCategory.SELF_HARM);
    }

    @Test
    void crisisWordingFarIntoALongMessageIsFoundWithAnEarlierMessage() {
        String questions = "how much is an infusion and do you take insurance ".repeat(20);
        assertThat(screen.screen(questions + "i want to kill myself", List.of("hi"))).isPresent();
        assertThat(screen.screen(questions + "it has to be tonight", List.of("i have the rope"))).isPresent();
        assertThat(screen.screen(questions + "is tonight ok", List.of("how much is it"))).isEmpty();
    }

    @Test
    void ordinaryConversationsDoNotEscalate() {
        assertThat(screen.screen("goodbye", List.of("how much is an infusion", "thanks"))).isEmpty();
        assertThat(screen.screen("can i come today", List.of("do you take insurance"))).isEmpty();
        assertThat(screen.screen("what are your hours", List.of("i want to kill myself"))).isEmpty();
    }

    @Test
    void onlyTheLastFourEarlierMessagesCount() {
        List<String> earlier = List.of("i have the rope", "ok", "ok", "ok", "ok");
        assertThat(screen.screen("goodbye", earlier)).isEmpty();
    }

    @Test
    void floorAloneCatchesCrisisWithoutAnyFile() {
        assertThat(floorOnly.screen("i want to end my life", List.of())).isPresent();
        assertThat(floorOnly.screen("kms", List.of())).isPresent();
        assertThat(floorOnly.screen("how much is a consult", List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u0000\u0000", "\uD800\uDC00\uD800", "🔥🔥🔥", "''''", "\\\\(((", ".*+?[",
        "k", "i", "i i i i i i i i", "$", "@", "1"})
    void neverThrowsOnGarbage(String message) {
        long fallbacks = ScreeningFallbacks.count();

        assertThatCode(() -> screen.screen(message, List.of(message, "", "x"))).doesNotThrowAnyException();

        assertThat(ScreeningFallbacks.count()).as("screened by a fallback after an internal error").isEqualTo(fallbacks);
    }

    @Test
    void neverThrowsOnNullsOrRandomText() {
        long fallbacks = ScreeningFallbacks.count();
        assertThatCode(() -> screen.screen(null, null)).doesNotThrowAnyException();
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatCode(() -> screen.screen("tonight", withNull)).doesNotThrowAnyException();
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int k = 0; k < len; k++) {
                sb.append((char) random.nextInt(0x10000));
            }
            String junk = sb.toString();
            assertThatCode(() -> screen.screen(junk, List.of(junk))).doesNotThrowAnyException();
        }
        assertThat(ScreeningFallbacks.count()).as("screened by a fallback after an internal error").isEqualTo(fallbacks);
    }

    @Test
    void screensAHundredKilobyteMessageCompletely() {
        String filler = "what are the prices and how long does each infusion take at your clinic ";
        String big = filler.repeat(700) + " i want to kill myself " + filler.repeat(700);
        Optional<CrisisVerdict> verdict = screen.screen(big, List.of(big, big));
        assertThat(verdict).isPresent();
        assertThat(screen.screen(filler.repeat(1400), List.of())).isEmpty();
    }

    @Test
    void isSafeForConcurrentUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean crisis = i % 2 == 0;
                String message = crisis ? "i want to kill myself " + i : "how much is infusion number " + i;
                results.add(pool.submit(() -> screen.screen(message, List.of("hello")).isPresent() == crisis));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
