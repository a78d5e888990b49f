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

    /** A strong word looked for in the text with its spaces removed. */
    record Squashed(String id, CrisisCategory category) {
    }

    /** The built-in floors ({@code safety/floor-en.yml}, {@code safety/floor-es.yml}), read once. */
    private static final class Floors {
        static final CrisisPhraseFile.Content ENGLISH = CrisisPhraseFile.englishFloor();
        static final CrisisPhraseFile.Content SPANISH = CrisisPhraseFile.readResource("safety/floor-es.yml");
    }

    /** Built on first use only: the staff's rules carry the floor too, so start-up need not build it twice. */
    private static final class BuiltIn {
        static final CrisisRules RULES = new CrisisRules(null, null);
    }

    /** The id prefix of the staff file's rules ({@code file:abuse:phrase:3}). */
    static final String FILE_PREFIX = "file:";

    private final List<CrisisRule> rules;
    private final List<String> idioms;
    private final Map<CrisisCategory, List<String>> examples;
    final TriggerIndex<Ref> crisis;
    final TriggerIndex<IdiomRef> idiomIndex;
    /** Concerns and escalators, found in one pass. */
    final TriggerIndex<Signal> signals;
    /** The strong words looked for in the text with its spaces removed, in file order. */
    final TriggerIndex<Squashed> squashed;

    private CrisisRules(CrisisPhraseFile.Content content, String fileName) {
        TriggerIndex.Builder<Ref> crisisRules = TriggerIndex.builder();
        TriggerIndex.Builder<IdiomRef> idiomRules = TriggerIndex.builder();
        TriggerIndex.Builder<Signal> signalRules = TriggerIndex.builder();
        TriggerIndex.Builder<Squashed> squashedRules = TriggerIndex.builder();
        List<CrisisRule> all = new ArrayList<>();
        addRules(Floors.ENGLISH, "floor:", null, crisisRules, all);
        addIdioms(Floors.ENGLISH, "floor:", true, idiomRules);
        for (CrisisPhraseFile.Content floor : List.of(Floors.ENGLISH, Floors.SPANISH)) {
            for (CrisisPhraseFile.SignalItem s : floor.signals()) {
                CrisisPhraseFile.Item item = s.item();
                signalRules.add(item.pattern(), item.triggers(), new Signal(item.id(), CrisisCategory.SELF_HARM,
                        s.kind()), 0, false);
            }
        }
        for (CrisisCategory c : CrisisCategory.values()) {
            for (CrisisPhraseFile.Item item : Floors.ENGLISH.squashed().get(c)) {
                squashedRules.add(item.pattern(), null, new Squashed(item.id(), c), 0, false);
            }
        }
        addRules(Floors.SPANISH, "floor:es:", null, crisisRules, all);
        addIdioms(Floors.SPANISH, "floor:es:", true, idiomRules);
        List<String> idiomTexts = new ArrayList<>();
        Map<CrisisCategory, List<String>> ex = new EnumMap<>(CrisisCategory.class);
        for (CrisisCategory c : CrisisCategory.values()) {
            ex.put(c, new ArrayList<>());
        }
        if (content != null) {
            addRules(content, FILE_PREFIX, fileName == null ? "phrases.yml" : fileName, crisisRules, all);
            idiomTexts.addAll(addIdioms(content, FILE_PREFIX, false, idiomRules));
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
        this.crisis = crisisRules.build();
        this.idiomIndex = idiomRules.build();
        this.signals = signalRules.build();
        this.squashed = squashedRules.build();
    }

    /**
     * Adds a rule file's phrases and patterns, grouped by category priority. Built-in floors ({@code source}
     * null) name a pattern by its id ({@code floor:<category>:<id>}, or {@code <prefix><category>:pattern:<n>}
     * without one); the staff's file names file and line, and its patterns get a work limit per message.
     */
    private static void addRules(CrisisPhraseFile.Content file, String prefix, String source,
            TriggerIndex.Builder<Ref> index, List<CrisisRule> all) {
        boolean floor = source == null;
        for (CrisisCategory c : CrisisCategory.values()) {
            int n = 0;
            for (CrisisPhraseFile.Item item : file.phrases().get(c)) {
                CrisisRule rule = new CrisisRule(prefix + c.id() + ":phrase:" + ++n, c, where(source, item), item.text());
                index.addPhrase(item.text(), new Ref(rule, floor), priority(c));
                all.add(rule);
            }
            n = 0;
            for (CrisisPhraseFile.Item item : file.patterns().get(c)) {
                n++;
                String id = prefix + c.id() + (item.id() != null ? ":" + item.id() : ":pattern:" + n);
                CrisisRule rule = new CrisisRule(id, c, where(source, item), item.text());
                index.add(item.pattern(), item.triggers(), new Ref(rule, floor), priority(c), !floor);
                all.add(rule);
            }
        }
    }

    /** Where a rule comes from, for staff tools: "built-in", or the staff file and line. */
    private static String where(String source, CrisisPhraseFile.Item item) {
        return source == null ? "built-in" : source + ":" + item.line();
    }

    /** Adds a rule file's idioms (phrases, or patterns in a built-in floor); returns the phrases as written. */
    private static List<String> addIdioms(CrisisPhraseFile.Content file, String prefix, boolean floor,
            TriggerIndex.Builder<IdiomRef> index) {
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (CrisisPhraseFile.Item item : file.idioms()) {
            n++;
            String id = prefix + "idiom:" + (item.id() != null ? item.id() : n);
            if (item.pattern() != null) {
                index.add(item.pattern(), item.triggers(), new IdiomRef(id, floor), 0, !floor);
                continue;
            }
            String normalised = ScreeningNormalizer.normalize(item.text());
            if (!normalised.isEmpty()) {
                index.addPhrase(normalised, new IdiomRef(id, floor), 0);
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

    /**
     * Starts reading the built-in floors' files on a thread of their own, so that start-up need not wait for them
     * later; whoever needs them first waits until they are read (the class is initialised once).
     */
    public static void startReadingFloors() {
        Thread reading = new Thread(() -> Objects.requireNonNull(Floors.SPANISH), "crisis-floor-read");
        reading.setDaemon(true);
        reading.start();
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
