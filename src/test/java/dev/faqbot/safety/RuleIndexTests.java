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
 * The index may skip a rule only where it cannot match: the literal filter ({@link RequiredLiterals},
 * {@link LiteralScanner}) and the word window must change how fast screening is, never what it finds.
 */
class RuleIndexTests {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        List<String> messages = new ArrayList<>();
        for (String suite : new String[] {"", "-2"}) {
            for (String line : CrisisSuiteTests.lines("safety/crisis-messages" + suite + ".tsv")) {
                int tab = line.indexOf('\t');
                if (tab >= 0) {
                    messages.add(line.substring(tab + 1));
                }
            }
            messages.addAll(CrisisSuiteTests.lines("safety/benign-messages" + suite + ".txt"));
        }
        // Spanish crisis and ordinary messages, so the Spanish floor's rules are exercised too
        for (String corpus : new String[] {"safety/learned/crisis-es.tsv", "safety/learned/benign-es.tsv"}) {
            for (String line : CrisisSuiteTests.lines(corpus)) {
                messages.add(line.substring(line.lastIndexOf('\t') + 1));
            }
        }
        List<String> words = new ArrayList<>();
        for (String m : messages) {
            String normalised = ScreeningNormalizer.normalize(m);
            TEXTS.add(normalised);
            words.addAll(List.of(normalised.split(" ")));
        }
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int k = 0; k < length; k++) {
                sb.append(k == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            TEXTS.add(sb.toString());
        }
    }

    @Test
    void reportsEveryHitThatTryingEveryRuleAtEveryWordFinds() {
        RuleIndex<CrisisRules.Ref> index = CrisisRules.builtIn().crisis;
        List<String> ids = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        List<Set<String>> leads = new ArrayList<>();
        for (CrisisFloor.Entry e : CrisisFloor.RULES) {
            Pattern p = Pattern.compile("\\b(?:" + CrisisFloor.expand(e.regex()) + ")");
            ids.add(e.id());
            patterns.add(p);
            leads.add(LeadLiterals.of(p.pattern()));
        }
        // the Spanish floor: a phrase matches where it starts a word and ends one; a pattern as written
        CrisisPhraseFile.Content spanish = CrisisPhraseFile.readResource("/safety/floor-es.yml");
        for (CrisisCategory c : CrisisCategory.values()) {
            int n = 0;
            for (CrisisPhraseFile.Item item : spanish.phrases().get(c)) {
                ids.add("floor:es:" + c.id() + ":phrase:" + ++n);
                patterns.add(Pattern.compile(Pattern.quote(item.text()) + "(?= |$)"));
                leads.add(Set.of(item.text()));
            }
            n = 0;
            for (CrisisPhraseFile.Item item : spanish.patterns().get(c)) {
                ids.add("floor:es:" + c.id() + ":pattern:" + ++n);
                patterns.add(item.pattern());
                leads.add(LeadLiterals.of(item.pattern().pattern()));
            }
        }
        int hits = 0;
        for (String text : TEXTS) {
            hits += assertSameHitsAsTryingEveryRule(index, ids, patterns, leads, text);
            // runs of spaces: the word numbers of the literal scan must stay those of ScanText
            assertSameHitsAsTryingEveryRule(index, ids, patterns, leads, "  " + text.replaceFirst(" ", "   ") + "  ");
        }
        assertThat(hits).as("the corpus exercises the rules").isGreaterThan(500);
    }

    /** Checks the index against trying every rule at every word of {@code text}; returns the number of hits. */
    private static int assertSameHitsAsTryingEveryRule(RuleIndex<CrisisRules.Ref> index, List<String> ids,
            List<Pattern> patterns, List<Set<String>> leads, String text) {
        Set<String> expected = new LinkedHashSet<>();
        ScanText scan = new ScanText(text);
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (leads.get(i) == null) {
                while (m.find()) {
                    expected.add(ids.get(i) + "@" + m.start() + "-" + m.end());
                }
                continue;
            }
            for (int start : scan.tokenStarts()) {
                if (startsWithAny(text, start, leads.get(i))) {
                    m.region(start, text.length());
                    if (m.lookingAt()) {
                        expected.add(ids.get(i) + "@" + m.start() + "-" + m.end());
                    }
                }
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        index.scan(scan, (entry, start, end) -> {
            reported.add(entry.payload.rule().id() + "@" + start + "-" + end);
            return false;
        });
        assertThat(reported).as(text).containsExactlyInAnyOrderElementsOf(expected);
        int[] words = scan.tokenStarts();
        int maxStart = words[words.length / 2];
        Set<String> early = new LinkedHashSet<>();
        index.scan(scan, (entry, start, end) -> {
            early.add(entry.payload.rule().id() + "@" + start + "-" + end);
            return false;
        }, maxStart);
        assertThat(early).as("hits starting before %d in %s", maxStart, text).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(hit -> startOf(hit) < maxStart).toList());
        return expected.size();
    }

    private static int startOf(String hit) {
        return Integer.parseInt(hit.substring(hit.indexOf('@') + 1, hit.indexOf('-', hit.indexOf('@'))));
    }

    @Test
    void whatAPatternNeedsIsInEveryTextItMatches() {
        List<String> regexes = new ArrayList<>();
        for (List<CrisisFloor.Entry> list : List.of(CrisisFloor.RULES, CrisisFloor.IDIOMS, CrisisFloor.CONCERNS,
                CrisisFloor.ESCALATORS)) {
            for (CrisisFloor.Entry e : list) {
                regexes.add("\\b(?:" + CrisisFloor.expand(e.regex()) + ")");
            }
        }
        for (String regex : regexes) {
            RequiredLiterals.Cond need = RequiredLiterals.of(regex);
            int span = RequiredLiterals.maxSpaces(regex);
            Pattern p = Pattern.compile(regex);
            for (String text : TEXTS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String padded = " " + text + " ";
                    String around = padded.substring(m.start(), m.end() + 2);
                    assertThat(need == null || holds(need, around)).as(regex + " on " + text).isTrue();
                    if (span != RequiredLiterals.UNBOUNDED) {
                        assertThat(m.group().chars().filter(c -> c == ' ').count()).as(regex).isLessThanOrEqualTo(span);
                    }
                }
            }
        }
    }

    @Test
    void literalsMayMarkWhereWordsStartAndEnd() {
        assertThat(RequiredLiterals.of("\\bod\\b")).hasToString("' od '");
        assertThat(RequiredLiterals.of("\\b(?:hello|hi)\\b")).hasToString("ANY[' hello ', ' hi ']");
        assertThat(RequiredLiterals.of("\\bsuicid\\w*")).hasToString("' suicid'");
        assertThat(RequiredLiterals.of("(?i)kill")).isNull();
        assertThat(RequiredLiterals.of("(?:\\w+ ){0,3}")).isNull();
        assertThat(RequiredLiterals.maxSpaces("(?:\\w+ ){0,5}x")).isEqualTo(5);
        assertThat(RequiredLiterals.maxSpaces("a.*b")).isEqualTo(RequiredLiterals.UNBOUNDED);
        assertThat(RequiredLiterals.maxSpaces("(?:a (?:b (?:c d|e)))")).isEqualTo(3);
        assertThat(RequiredLiterals.maxSpaces("(?<w>a b) c")).isEqualTo(2);
        assertThat(RequiredLiterals.maxSpaces("(?=a b c)d e")).as("a lookahead consumes nothing").isEqualTo(1);
        assertThat(RequiredLiterals.maxSpaces("a (?i)b")).as("inline flags are not modelled").isEqualTo(RequiredLiterals.UNBOUNDED);
        assertThat(RequiredLiterals.maxSpaces("(a b")).isEqualTo(RequiredLiterals.UNBOUNDED);
    }

    @Test
    void theScannerReadsTheTextWithASpaceOnEachSideAndRefusesOtherText() {
        LiteralScanner scanner = new LiteralScanner(List.of(" od ", "kill m"), List.of(new int[] {0}, new int[] {1}),
                2, new boolean[2]);
        assertThat(scanner.scan("od").holds).containsExactly(true, false);
        assertThat(scanner.scan("i kill myself").holds).containsExactly(false, true);
        assertThat(scanner.scan("good kill").holds).containsExactly(false, false);
        assertThat(scanner.scan("k!ll myself")).isNull();
    }

    private static boolean startsWithAny(String text, int start, Set<String> leads) {
        for (String lead : leads) {
            if (text.startsWith(lead, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(RequiredLiterals.Cond cond, String text) {
        if (cond.literal != null) {
            return text.contains(cond.literal);
        }
        for (RequiredLiterals.Cond part : cond.parts) {
            if (holds(part, text) != cond.all) {
                return !cond.all;
            }
        }
        return cond.all;
    }
}
