package dev.faqbot.safety;

import dev.faqbot.intents.IntentLoader;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The crisis rules a {@link PhraseCrisisScreen} runs: the built-in floor (always there) plus whatever the
 * clinic's phrase file adds. Immutable and safe to share; build a new one to pick up an edited file.
 */
public final class CrisisRules {

    /** What an indexed rule stands for. */
    record Ref(CrisisRule rule, boolean floor) {
    }

    /** An idiom span's owner: floor idioms guard every rule, file idioms guard file rules only. */
    record IdiomRef(String id, boolean floor) {
    }

    /** What a context signal says about a message: a concern (means, mood) or an escalator (time, finality). */
    enum SignalKind { MEANS, MOOD, TIME, FINALITY }

    /** A context signal and its kind. */
    record Signal(String id, CrisisCategory category, SignalKind kind) {
    }

    /**
     * Category order when one message hits several: the one whose resources cover the most comes first. The
     * crisis rules are indexed in this order, so a screen can stop at the first category that clearly matches.
     */
    static final CrisisCategory[] PRIORITY = {CrisisCategory.MEDICAL_EMERGENCY, CrisisCategory.SELF_HARM,
        CrisisCategory.ABUSE, CrisisCategory.HARM_TO_OTHERS};

    /** The built-in Spanish floor ({@code safety/floor-es.yml}, in the staff's phrase-file format), read once. */
    private static final class SpanishFloor {
        static final CrisisPhraseFile.Content CONTENT = CrisisPhraseFile.readResource("/safety/floor-es.yml");
    }

    /** Built on first use only: the staff's rules carry the floor too, so start-up need not build it twice. */
    private static final class BuiltIn {
        static final CrisisRules RULES = new CrisisRules(null, null);
    }

    private final List<CrisisRule> rules;
    private final List<String> idioms;
    private final Map<CrisisCategory, List<String>> examples;
    final RuleIndex<Ref> crisis = new RuleIndex<>();
    final RuleIndex<IdiomRef> idiomIndex = new RuleIndex<>();
    /** Concerns and escalators, found in one pass. */
    final RuleIndex<Signal> signals = new RuleIndex<>();
    /** The strong words looked for in the text with its spaces removed, in {@link CrisisFloor#SQUASHED} order. */
    final RuleIndex<CrisisFloor.Entry> squashed = new RuleIndex<>();

    private CrisisRules(CrisisPhraseFile.Content content, String fileName) {
        List<CrisisRule> all = new ArrayList<>();
        for (CrisisFloor.Entry e : CrisisFloor.RULES) {
            CrisisRule rule = new CrisisRule(e.id(), e.category(), "built-in", e.regex());
            crisis.addPattern(floorPattern(e.regex()), new Ref(rule, true), false, priority(e.category()));
            all.add(rule);
        }
        for (CrisisFloor.Entry e : CrisisFloor.IDIOMS) {
            idiomIndex.addPattern(floorPattern(e.regex()), new IdiomRef(e.id(), true), false);
        }
        for (CrisisFloor.Entry e : CrisisFloor.CONCERNS) {
            signals.addPattern(floorPattern(e.regex()), new Signal(e.id(), e.category(),
                    e.id().endsWith(":means") ? SignalKind.MEANS : SignalKind.MOOD), false);
        }
        for (CrisisFloor.Entry e : CrisisFloor.ESCALATORS) {
            signals.addPattern(floorPattern(e.regex()), new Signal(e.id(), e.category(),
                    e.id().endsWith(":final") ? SignalKind.FINALITY : SignalKind.TIME), false);
        }
        for (CrisisFloor.Entry e : CrisisFloor.SQUASHED) {
            squashed.addPattern(Pattern.compile(e.regex()), e, false);
        }
        CrisisPhraseFile.Content spanish = SpanishFloor.CONTENT;
        for (CrisisCategory c : CrisisCategory.values()) {
            int n = 0;
            for (CrisisPhraseFile.Item item : spanish.phrases().get(c)) {
                CrisisRule rule = new CrisisRule("floor:es:" + c.id() + ":phrase:" + ++n, c, "built-in", item.text());
                crisis.addPhrase(item.text(), new Ref(rule, true), priority(c));
                all.add(rule);
            }
            n = 0;
            for (CrisisPhraseFile.Item item : spanish.patterns().get(c)) {
                CrisisRule rule = new CrisisRule("floor:es:" + c.id() + ":pattern:" + ++n, c, "built-in", item.text());
                crisis.addPattern(item.pattern(), new Ref(rule, true), true, priority(c));
                all.add(rule);
            }
        }
        int spanishIdiom = 0;
        for (CrisisPhraseFile.Item item : spanish.idioms()) {
            String normalised = ScreeningNormalizer.normalize(item.text());
            if (!normalised.isEmpty()) {
                idiomIndex.addPhrase(normalised, new IdiomRef("floor:es:idiom:" + ++spanishIdiom, true));
            }
        }
        List<String> idiomTexts = new ArrayList<>();
        Map<CrisisCategory, List<String>> ex = new EnumMap<>(CrisisCategory.class);
        for (CrisisCategory c : CrisisCategory.values()) {
            ex.put(c, new ArrayList<>());
        }
        if (content != null) {
            String source = fileName == null ? "phrases.yml" : fileName;
            for (CrisisCategory c : CrisisCategory.values()) {
                int n = 0;
                for (CrisisPhraseFile.Item item : content.phrases().get(c)) {
                    n++;
                    CrisisRule rule = new CrisisRule("file:" + c.id() + ":phrase:" + n, c, source + ":" + item.line(),
                            item.text());
                    crisis.addPhrase(item.text(), new Ref(rule, false), priority(c));
                    all.add(rule);
                }
                n = 0;
                for (CrisisPhraseFile.Item item : content.patterns().get(c)) {
                    n++;
                    CrisisRule rule = new CrisisRule("file:" + c.id() + ":pattern:" + n, c,
                            source + ":" + item.line(), item.text());
                    crisis.addPattern(item.pattern(), new Ref(rule, false), true, priority(c));
                    all.add(rule);
                }
                for (CrisisPhraseFile.Item item : content.examples().get(c)) {
                    ex.get(c).add(item.text());
                }
            }
            int n = 0;
            for (CrisisPhraseFile.Item item : content.idioms()) {
                n++;
                String normalised = ScreeningNormalizer.normalize(item.text());
                if (!normalised.isEmpty()) {
                    idiomIndex.addPhrase(normalised, new IdiomRef("file:idiom:" + n, false));
                    idiomTexts.add(item.text());
                }
            }
        }
        for (CrisisCategory c : CrisisCategory.values()) {
            ex.put(c, List.copyOf(ex.get(c)));
        }
        this.rules = List.copyOf(all);
        this.idioms = List.copyOf(idiomTexts);
        this.examples = Collections.unmodifiableMap(ex);
        crisis.freeze();
        idiomIndex.freeze();
        signals.freeze();
        squashed.freeze();
    }

    /** Position of {@code category} in {@link #PRIORITY}. */
    static int priority(CrisisCategory category) {
        for (int i = 0; i < PRIORITY.length; i++) {
            if (PRIORITY[i] == category) {
                return i;
            }
        }
        return 1;
    }

    private static Pattern floorPattern(String regex) {
        return Pattern.compile("\\b(?:" + CrisisFloor.expand(regex) + ")");
    }

    /** The built-in floor only. */
    public static CrisisRules builtIn() {
        return BuiltIn.RULES;
    }

    /**
     * The phrase file's rules merged with the built-in floor.
     *
     * @throws CrisisRulesException naming file, line and fix for every problem found
     */
    public static CrisisRules load(Path phraseFile) {
        Objects.requireNonNull(phraseFile, "phraseFile must not be null");
        CrisisPhraseFile.Content content = CrisisPhraseFile.read(phraseFile);
        Path fileName = phraseFile.getFileName();
        return new CrisisRules(content, fileName == null ? phraseFile.toString() : fileName.toString());
    }

    /**
     * The rules of an intents folder: its {@code crisis/phrases.yml} merged with the floor, or the floor
     * alone when the folder has no phrase file.
     *
     * @throws CrisisRulesException naming file, line and fix for every problem found
     */
    public static CrisisRules ofIntentsFolder(Path intentsDir) {
        Path phraseFile = intentsDir.resolve(IntentLoader.CRISIS_FILE);
        return Files.exists(phraseFile) ? load(phraseFile) : BuiltIn.RULES;
    }

    /** Every rule, floor first, as staff see them. */
    public List<CrisisRule> rules() {
        return rules;
    }

    /** How many rules came from the phrase file (0 for {@link #builtIn()}). */
    public int fileRuleCount() {
        return (int) rules.stream().filter(r -> !r.builtIn()).count();
    }

    /** The file's ordinary phrases that never count as crisis on their own. */
    public List<String> idioms() {
        return idioms;
    }

    /** The file's realistic crisis messages per category, as typed, for training the classifier's second net. */
    public Map<CrisisCategory, List<String>> classifierExamples() {
        return examples;
    }
}
