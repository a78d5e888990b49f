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
        addRules(SpanishFloor.CONTENT, "floor:es:", null, all);
        addIdioms(SpanishFloor.CONTENT, "floor:es:", true);
        List<String> idiomTexts = new ArrayList<>();
        Map<CrisisCategory, List<String>> ex = new EnumMap<>(CrisisCategory.class);
        for (CrisisCategory c : CrisisCategory.values()) {
            ex.put(c, new ArrayList<>());
        }
        if (content != null) {
            addRules(content, "file:", fileName == null ? "phrases.yml" : fileName, all);
            idiomTexts.addAll(addIdioms(content, "file:", false));
            for (CrisisCategory c : CrisisCategory.values()) {
                content.examples().get(c).forEach(item -> ex.get(c).add(item.text()));
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

    /**
     * Indexes a rule file's phrases and patterns as rules with ids {@code <prefix><category>:phrase:<n>}: the built-in
     * Spanish floor ({@code source} null, part of the floor) or the staff's file (its rules name file and line).
     */
    private void addRules(CrisisPhraseFile.Content file, String prefix, String source, List<CrisisRule> all) {
        boolean floor = source == null;
        for (CrisisCategory c : CrisisCategory.values()) {
            int n = 0;
            for (CrisisPhraseFile.Item item : file.phrases().get(c)) {
                CrisisRule rule = new CrisisRule(prefix + c.id() + ":phrase:" + ++n, c, where(source, item), item.text());
                crisis.addPhrase(item.text(), new Ref(rule, floor), priority(c));
                all.add(rule);
            }
            n = 0;
            for (CrisisPhraseFile.Item item : file.patterns().get(c)) {
                CrisisRule rule = new CrisisRule(prefix + c.id() + ":pattern:" + ++n, c, where(source, item), item.text());
                crisis.addPattern(item.pattern(), new Ref(rule, floor), true, priority(c));
                all.add(rule);
            }
        }
    }

    /** Where a rule comes from, for staff tools: "built-in", or the staff file and line. */
    private static String where(String source, CrisisPhraseFile.Item item) {
        return source == null ? "built-in" : source + ":" + item.line();
    }

    /** Indexes a rule file's idioms; returns their texts as written. */
    private List<String> addIdioms(CrisisPhraseFile.Content file, String prefix, boolean floor) {
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (CrisisPhraseFile.Item item : file.idioms()) {
            n++;
            String normalised = ScreeningNormalizer.normalize(item.text());
            if (!normalised.isEmpty()) {
                idiomIndex.addPhrase(normalised, new IdiomRef(prefix + "idiom:" + n, floor));
                texts.add(item.text());
            }
        }
        return texts;
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
