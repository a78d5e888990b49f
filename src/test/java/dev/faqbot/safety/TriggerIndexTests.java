package dev.faqbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Triggers must change how fast screening is, never what it finds: over the regression suites, the learned
 * layer's corpora and random word salads, the index reports exactly the matches of trying every rule of both
 * floors (and of a staff file) at every position of the text, without looking at triggers.
 */
class TriggerIndexTests {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        List<String> messages = new ArrayList<>();
        for (String suite : new String[] {"", "-2"}) {
            for (String line : CrisisSuiteTests.lines("safety/regression-crisis" + suite + ".tsv")) {
                messages.add(line.substring(line.indexOf('\t') + 1));
            }
            messages.addAll(CrisisSuiteTests.lines("safety/regression-ordinary" + suite + ".txt"));
        }
        Random random = new Random(7);
        for (String corpus : new String[] {"safety/learned/crisis-en.tsv", "safety/learned/benign-en.tsv",
            "safety/learned/crisis-es.tsv", "safety/learned/benign-es.tsv"}) {
            List<String> lines = CrisisSuiteTests.lines(corpus);
            for (int i = 0; i < 400; i++) {
                String line = lines.get(random.nextInt(lines.size()));
                messages.add(line.substring(line.lastIndexOf('\t') + 1));
            }
        }
        List<String> words = new ArrayList<>();
        for (String m : messages) {
            String normalised = ScreeningNormalizer.normalize(m);
            TEXTS.add(normalised);
            words.addAll(List.of(normalised.split(" ")));
        }
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int k = 0; k < length; k++) {
                sb.append(k == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            TEXTS.add(sb.toString());
        }
    }

    @Test
    void reportsExactlyTheMatchesOfTryingEveryRuleEverywhere() {
        TriggerIndex<CrisisRules.Ref> index = CrisisRules.builtIn().crisis;
        int hits = 0;
        for (String text : TEXTS) {
            hits += assertSameAsBruteForce(index, text);
        }
        assertThat(hits).as("the corpus exercises the rules").isGreaterThan(1000);
        assertThat(index.rules().stream().filter(TriggerIndex.Rule::triggered).count())
                .as("most rules are indexed by their triggers").isGreaterThan(500);
    }

    @Test
    void everyBuiltInMatchInTheWholeCorporaStartsInsideATriggerWord() throws IOException {
        // a built-in rule is tried only inside its trigger words: a match starting elsewhere would be a missed crisis,
        // so every crisis and ordinary message of the corpora and suites is scanned both ways
        CrisisRules rules = CrisisRules.builtIn();
        List<String> texts = new ArrayList<>();
        for (String corpus : new String[] {"safety/learned/crisis-en.tsv", "safety/learned/crisis-es.tsv",
            "safety/learned/benign-en.tsv", "safety/learned/benign-es.tsv", "safety/learned/conversations-crisis-en.tsv",
            "safety/learned/conversations-benign-en.tsv", "safety/learned/conversations-es.tsv"}) {
            for (String line : CrisisSuiteTests.lines(corpus)) {
                for (String field : line.split("\t")) {
                    texts.add(ScreeningNormalizer.normalize(field));
                }
            }
        }
        for (String suite : new String[] {"", "-2", "-3", "-4"}) {
            for (String line : CrisisSuiteTests.lines("safety/regression-crisis" + suite + ".tsv")) {
                texts.add(ScreeningNormalizer.normalize(line.substring(line.indexOf('\t') + 1)));
            }
            CrisisSuiteTests.lines("safety/regression-ordinary" + suite + ".txt").forEach(m -> texts.add(ScreeningNormalizer.normalize(m)));
        }
        int hits = 0;
        for (TriggerIndex<?> index : List.of(rules.crisis, rules.idiomIndex, rules.signals)) {
            for (String text : texts) {
                Set<String> whole = new LinkedHashSet<>();
                index.scanWholeText(new ScanText(text), (rule, start, end) -> {
                    whole.add(name(rule) + "@" + start + "-" + end);
                    return false;
                });
                assertThat(reported(index, new ScanText(text), Integer.MAX_VALUE)).as(text).containsExactlyInAnyOrderElementsOf(whole);
                hits += whole.size();
            }
        }
        assertThat(hits).as("the corpora exercise the rules").isGreaterThan(5000);
    }

    @Test
    void idiomsAndContextSignalsToo() {
        CrisisRules rules = CrisisRules.builtIn();
        for (String text : TEXTS) {
            assertSameAsBruteForce(rules.idiomIndex, text);
            assertSameAsBruteForce(rules.signals, text);
        }
    }

    @Test
    void matchesStartingBeforeALimitAreThoseOfTheFullScanStartingThere() {
        TriggerIndex<CrisisRules.Ref> index = CrisisRules.builtIn().crisis;
        for (String text : TEXTS) {
            ScanText scan = new ScanText(text);
            int[] words = scan.tokenStarts();
            if (words.length == 0) {
                continue;
            }
            int maxStart = words[words.length / 2];
            Set<String> all = reported(index, scan, Integer.MAX_VALUE);
            assertThat(reported(index, scan, maxStart)).as(text)
                    .containsExactlyInAnyOrderElementsOf(all.stream().filter(h -> startOf(h) < maxStart).toList());
        }
    }

    @Test
    void aRuleWithoutTriggersIsTriedEverywhereAndOneWithTriggersOnlyWhereTheyStartAWord() {
        TriggerIndex<String> index = TriggerIndex.<String>builder()
                .add(Pattern.compile("\\bcliff\\b"), null, "anywhere", 0, false)
                .add(Pattern.compile("\\b(?:overlook|edge)\\b"), Set.of("overl", "edg"), "triggered", 0, false)
                .build();
        assertThat(reported(index, new ScanText("at the cliff now"), Integer.MAX_VALUE)).containsExactly("anywhere@7-12");
        assertThat(reported(index, new ScanText("past the overlook edge"), Integer.MAX_VALUE))
                .containsExactly("triggered@9-17", "triggered@18-22");
        assertThat(reported(index, new ScanText("hedge fund"), Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void aRunawayStaffPatternIsSkippedForThatMessageOnly() {
        TriggerIndex<String> index = TriggerIndex.<String>builder()
                .add(Pattern.compile("\\b(a+)+$"), null, "runaway", 0, true)
                .add(Pattern.compile("\\bend it all\\b"), Set.of("end"), "floor", 1, false)
                .build();
        String text = "a".repeat(40) + "b end it all";
        assertThat(reported(index, new ScanText(text), Integer.MAX_VALUE)).containsExactly("floor@" + (text.length() - 10)
                + "-" + text.length());
    }

    /** Checks the index against every rule tried at every position of {@code text}; returns the number of hits. */
    private static <T> int assertSameAsBruteForce(TriggerIndex<T> index, String text) {
        Set<String> expected = new LinkedHashSet<>();
        for (TriggerIndex.Rule<T> rule : index.rules()) {
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int start = 0; start <= text.length(); start++) {
                m.region(start, text.length());
                if (m.lookingAt()) {
                    expected.add(name(rule) + "@" + m.start() + "-" + m.end());
                }
            }
        }
        assertThat(reported(index, new ScanText(text), Integer.MAX_VALUE)).as(text)
                .containsExactlyInAnyOrderElementsOf(expected);
        return expected.size();
    }

    private static <T> Set<String> reported(TriggerIndex<T> index, ScanText text, int maxStart) {
        Set<String> reported = new LinkedHashSet<>();
        index.scan(text, (rule, start, end) -> {
            reported.add(name(rule) + "@" + start + "-" + end);
            return false;
        }, maxStart);
        return reported;
    }

    private static String name(TriggerIndex.Rule<?> rule) {
        Object payload = rule.payload();
        return payload instanceof CrisisRules.Ref ref ? ref.rule().id() : String.valueOf(payload);
    }

    private static int startOf(String hit) {
        return Integer.parseInt(hit.substring(hit.indexOf('@') + 1, hit.indexOf('-', hit.indexOf('@'))));
    }
}
