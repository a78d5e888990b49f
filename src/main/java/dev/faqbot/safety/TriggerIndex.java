package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules as {@code java.util.regex} patterns, each tried only on messages holding one of its trigger words: a
 * word of the normalised text that starts with the trigger ({@code suicid} triggers on "suicidal"). A built-in
 * rule's matches start inside such a word, so it is tried only there; a staff rule is then searched through the
 * whole message, and a rule without triggers is tried on every message. Triggers only skip what could not have
 * matched, which a test checks against trying every rule at every position; screening time grows with the words
 * of a message, not the rules.
 * Rules are kept in groups (group 0 first), each in the order they were added. Immutable once built; safe for
 * concurrent use.
 */
final class TriggerIndex<T> {

    /**
     * One rule: what it stands for, its compiled pattern, its trigger words (null: tried everywhere), its group,
     * and whether staff wrote it (then it gets a work limit per message).
     */
    record Rule<T>(T payload, Pattern pattern, Set<String> triggers, int group, boolean budgeted, int ordinal) {

        /** True when the rule is only tried on messages holding one of its triggers. */
        boolean triggered() {
            return triggers != null;
        }
    }

    /** Receives each match; returns true when it needs no further matches of that rule. */
    interface Sink<T> {
        boolean hit(Rule<T> rule, int start, int end);

        /** True when the later groups cannot change what the sink makes of the hits so far. */
        default boolean finished() {
            return false;
        }
    }

    /** Collects rules and their triggers; {@link #build()} makes the index. */
    static final class Builder<T> {
        private final List<Rule<T>> rules = new ArrayList<>();

        /**
         * Adds a pattern. {@code triggers} null means the rule is tried on every message; otherwise every match
         * must start inside a word beginning with one of them.
         */
        Builder<T> add(Pattern pattern, Set<String> triggers, T payload, int group, boolean budgeted) {
            Set<String> words = triggers == null || triggers.isEmpty() ? null : Set.copyOf(triggers);
            rules.add(new Rule<>(payload, pattern, words, group, budgeted, rules.size()));
            return this;
        }

        /** Adds a normalised phrase, matched as whole words; its first word is its trigger. */
        Builder<T> addPhrase(String phrase, T payload, int group) {
            Pattern pattern = Pattern.compile("\\b" + Pattern.quote(phrase) + "(?![a-z0-9])");
            int space = phrase.indexOf(' ');
            return add(pattern, Set.of(space < 0 ? phrase : phrase.substring(0, space)), payload, group, false);
        }

        TriggerIndex<T> build() {
            return new TriggerIndex<>(this);
        }
    }

    private final List<Rule<T>> rules;
    private final Map<String, int[]> byTrigger;
    private final BitSet everywhere = new BitSet();
    private final int longestTrigger;
    private final int groups;

    private TriggerIndex(Builder<T> builder) {
        this.rules = List.copyOf(builder.rules);
        Map<String, List<Integer>> lists = new HashMap<>();
        int longest = 0;
        int maxGroup = 0;
        for (Rule<T> rule : rules) {
            maxGroup = Math.max(maxGroup, rule.group());
            if (!rule.triggered()) {
                everywhere.set(rule.ordinal());
                continue;
            }
            for (String word : rule.triggers()) {
                lists.computeIfAbsent(word, k -> new ArrayList<>()).add(rule.ordinal());
                longest = Math.max(longest, word.length());
            }
        }
        Map<String, int[]> table = new HashMap<>();
        lists.forEach((word, ordinals) -> table.put(word, ordinals.stream().mapToInt(Integer::intValue).toArray()));
        this.byTrigger = Map.copyOf(table);
        this.longestTrigger = longest;
        this.groups = maxGroup + 1;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    List<Rule<T>> rules() {
        return rules;
    }

    /** Reports every match in {@code text} to {@code sink}, group by group, rule by rule, in text order. */
    void scan(ScanText text, Sink<T> sink) {
        scan(text, sink, Integer.MAX_VALUE);
    }

    /** Like {@link #scan(ScanText, Sink)}, for the matches starting before character {@code maxStart} only. */
    void scan(ScanText text, Sink<T> sink, int maxStart) {
        scan(text, sink, maxStart, false);
    }

    /**
     * The reference the trigger-word search is checked against: every rule a word triggers is searched through the
     * whole text, as staff rules always are.
     */
    void scanWholeText(ScanText text, Sink<T> sink) {
        scan(text, sink, Integer.MAX_VALUE, true);
    }

    private void scan(ScanText text, Sink<T> sink, int maxStart, boolean wholeText) {
        if (rules.isEmpty() || text.length() == 0) {
            return;
        }
        Map<Integer, BitSet> triggered = new HashMap<>();
        BitSet candidates = candidates(text, triggered);
        for (int group = 0; group < groups; group++) {
            if (sink.finished()) {
                return;
            }
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                Rule<T> rule = rules.get(i);
                if (rule.group() == group) {
                    BitSet words = triggered.get(i);
                    // a staff rule's triggers only decide whether it is tried: staff may name a word that is not
                    // where the match starts, so its whole message is searched
                    if (words == null || rule.budgeted() || wholeText) {
                        findAll(rule, text, sink, maxStart);
                    } else {
                        findInWords(rule, text, words, sink, maxStart);
                    }
                }
            }
        }
    }

    /**
     * The rules a word of the text triggers, and those without triggers; {@code triggered} receives, for each rule
     * a word triggered, where those words start.
     */
    private BitSet candidates(ScanText text, Map<Integer, BitSet> triggered) {
        BitSet found = (BitSet) everywhere.clone();
        String s = text.text();
        for (int start : text.tokenStarts()) {
            int end = s.indexOf(' ', start);
            int limit = Math.min(end < 0 ? s.length() : end, start + longestTrigger);
            for (int cut = start + 1; cut <= limit; cut++) {
                int[] hits = byTrigger.get(s.substring(start, cut));
                if (hits != null) {
                    for (int ordinal : hits) {
                        found.set(ordinal);
                        triggered.computeIfAbsent(ordinal, k -> new BitSet()).set(start);
                    }
                }
            }
        }
        return found;
    }

    /** Every match of a rule, searched through the whole text. */
    private void findAll(Rule<T> rule, ScanText text, Sink<T> sink, int maxStart) {
        String s = text.text();
        Matcher m = rule.pattern().matcher(rule.budgeted() ? text.budgeted() : s);
        int from = 0;
        while (from <= s.length()) {
            boolean found;
            try {
                found = m.find(from);
            } catch (ScanText.BudgetExceeded | StackOverflowError e) {
                return; // a runaway staff pattern is skipped for this message; the floor still runs
            }
            if (!found || m.start() >= maxStart) {
                return;
            }
            if (sink.hit(rule, m.start(), m.end())) {
                return;
            }
            from = m.start() + 1;
        }
    }

    /**
     * Every match of a built-in triggered rule, tried only where it can start: inside the words that begin with one of
     * its triggers. The region's bounds are transparent, so word boundaries and look-behinds still see the text around
     * it, and each match is the one a search through the whole text finds at that position.
     */
    private void findInWords(Rule<T> rule, ScanText text, BitSet wordStarts, Sink<T> sink, int maxStart) {
        String s = text.text();
        Matcher m = rule.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int word = wordStarts.nextSetBit(0); word >= 0 && word < maxStart; word = wordStarts.nextSetBit(word + 1)) {
            int space = s.indexOf(' ', word);
            int wordEnd = Math.min(space < 0 ? s.length() : space, maxStart);
            for (int at = word; at < wordEnd; at++) {
                boolean found;
                try {
                    found = m.region(at, s.length()).lookingAt();
                } catch (StackOverflowError e) {
                    return; // as in findAll: the rule is skipped for this message; the floor's other rules still run
                }
                if (found && sink.hit(rule, at, m.end())) {
                    return;
                }
            }
        }
    }
}
