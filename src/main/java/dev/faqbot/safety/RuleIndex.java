package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases and patterns indexed by the first letters of the words they can start with, so screening a
 * message tries only the few rules that could match at each word: time grows with the length of the
 * message, not with the number of rules. Patterns whose start cannot be worked out run over the whole text.
 * On top of that, each pattern is tried only when the message contains the literals it cannot match without
 * ({@link RequiredLiterals}), all found in one pass ({@link LiteralScanner}). Both filters only skip work that
 * could not have matched, so the hits and their order are those of trying everything.
 * Immutable once {@link #freeze() frozen}; safe for concurrent use.
 */
final class RuleIndex<T> {

    /** One indexed rule: a normalised phrase or a compiled pattern, with what it stands for. */
    static final class Entry<T> {
        final T payload;
        final String phrase;
        final Pattern pattern;
        final boolean budgeted;
        final int ordinal;
        final int group;
        /** Most spaces a match can contain, or {@link RequiredLiterals#UNBOUNDED}. */
        final int span;

        Entry(T payload, String phrase, Pattern pattern, boolean budgeted, int ordinal, int group) {
            this.payload = payload;
            this.phrase = phrase;
            this.pattern = pattern;
            this.budgeted = budgeted;
            this.ordinal = ordinal;
            this.group = group;
            this.span = pattern == null || pattern.flags() != 0 ? RequiredLiterals.UNBOUNDED
                    : RequiredLiterals.maxSpaces(pattern.pattern());
        }
    }

    /**
     * Receives each match; returns true when it needs no further matches of that entry. Groups are scanned one
     * after the other (group 0 first), each in text order; {@link #finished()} is asked between groups.
     */
    interface Sink<T> {
        boolean hit(Entry<T> entry, int start, int end);

        /** True when the later groups cannot change what the sink makes of the hits so far. */
        default boolean finished() {
            return false;
        }
    }

    private static final int KEY = 4;

    /** An entry reachable from a bucket through one of its leading literals. */
    private record Lead<T>(Entry<T> entry, String lead) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<String, List<Lead<T>>> byPrefix = new HashMap<>();
    private final List<Entry<T>> everywhere = new ArrayList<>();
    private final List<RequiredLiterals.Cond> needs = new ArrayList<>();

    /** Built by {@link #freeze()}: buckets keyed by packed prefix, and the literal filter. */
    private volatile Frozen<T> frozen;

    /**
     * The frozen tables. Every entry with a need hangs off one fact it cannot match without (its trigger), so a
     * scan looks only at entries whose trigger the message has; entries without a trigger are always checked.
     */
    private record Frozen<T>(PrefixTable<List<Lead<T>>[]> buckets, List<List<Entry<T>>> everywhere,
            LiteralScanner scanner, Need[] needs, int[][] byTrigger, int[] untriggered, int[] groupOf,
            int[] triggerOf) {
    }

    private int groups = 1;

    int size() {
        return entries.size();
    }

    List<Entry<T>> unanchored() {
        return everywhere;
    }

    /** Adds a normalised phrase, matched at word boundaries. */
    void addPhrase(String phrase, T payload) {
        addPhrase(phrase, payload, 0);
    }

    /** Adds a normalised phrase to a group (0 is scanned first). */
    void addPhrase(String phrase, T payload, int group) {
        Entry<T> e = new Entry<>(payload, phrase, null, false, entries.size(), group);
        groups = Math.max(groups, group + 1);
        entries.add(e);
        needs.add(RequiredLiterals.ofPhrase(phrase));
        frozen = null;
        index(e, Set.of(phrase));
    }

    /** Adds a compiled pattern; {@code budgeted} patterns (staff-written) get a work limit per message. */
    void addPattern(Pattern pattern, T payload, boolean budgeted) {
        addPattern(pattern, payload, budgeted, 0);
    }

    /** Adds a compiled pattern to a group (0 is scanned first). */
    void addPattern(Pattern pattern, T payload, boolean budgeted, int group) {
        Entry<T> e = new Entry<>(payload, null, pattern, budgeted, entries.size(), group);
        groups = Math.max(groups, group + 1);
        entries.add(e);
        needs.add(pattern.flags() == 0 ? RequiredLiterals.of(pattern.pattern()) : null);
        frozen = null;
        Set<String> starts = LeadLiterals.of(pattern.pattern());
        if (starts == null || !pattern.pattern().startsWith("\\b")) {
            everywhere.add(e);
            return;
        }
        index(e, starts);
    }

    private void index(Entry<T> e, Set<String> starts) {
        for (String lead : starts) {
            String key = lead.length() > KEY ? lead.substring(0, KEY) : lead;
            byPrefix.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Lead<>(e, lead));
        }
    }

    /** Builds the lookup tables; called once all rules are added (later calls after an add rebuild them). */
    synchronized void freeze() {
        if (frozen != null) {
            return;
        }
        PrefixTable<List<Lead<T>>[]> buckets = new PrefixTable<>();
        for (Map.Entry<String, List<Lead<T>>> b : byPrefix.entrySet()) {
            @SuppressWarnings("unchecked")
            List<Lead<T>>[] byGroup = new List[groups];
            for (int g = 0; g < groups; g++) {
                List<Lead<T>> inGroup = new ArrayList<>();
                for (Lead<T> lead : b.getValue()) {
                    if (lead.entry().group == g) {
                        inGroup.add(lead);
                    }
                }
                byGroup[g] = inGroup.isEmpty() ? null : List.copyOf(inGroup);
            }
            buckets.put(b.getKey(), byGroup);
        }
        List<List<Entry<T>>> unanchored = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<Entry<T>> anywhere = new ArrayList<>();
            for (Entry<T> e : everywhere) {
                if (e.group == g) {
                    anywhere.add(e);
                }
            }
            unanchored.add(List.copyOf(anywhere));
        }
        Facts facts = new Facts();
        Need[] compiled = new Need[entries.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = Need.compile(needs.get(i), facts);
        }
        int[] triggerOf = new int[entries.size()];
        boolean[] placed = new boolean[facts.count];
        List<List<Integer>> triggered = new ArrayList<>();
        for (int i = 0; i < facts.count; i++) {
            triggered.add(new ArrayList<>(2));
        }
        List<Integer> untriggered = new ArrayList<>();
        int[] groupOf = new int[entries.size()];
        for (int i = 0; i < compiled.length; i++) {
            groupOf[i] = entries.get(i).group;
            int trigger = compiled[i] == null ? -1 : compiled[i].trigger(facts);
            triggerOf[i] = trigger;
            if (trigger >= 0 && entries.get(i).span != RequiredLiterals.UNBOUNDED) {
                placed[trigger] = true;
            }
            if (trigger >= 0) {
                triggered.get(trigger).add(i);
                continue;
            }
            int[] anyOf = compiled[i] == null ? null : compiled[i].triggers(facts);
            if (anyOf == null) {
                untriggered.add(i);
            } else {
                for (int t : anyOf) {
                    triggered.get(t).add(i); // "any of" needs: tested when any one of their facts shows up
                }
            }
        }
        LiteralScanner scanner = null;
        if (!facts.literals.isEmpty()) {
            try {
                scanner = new LiteralScanner(facts.literals, facts.factsOf(), facts.count, placed);
            } catch (IllegalArgumentException e) {
                scanner = null; // too many literals for one table: every rule simply runs
            }
        }
        int[][] byTrigger = new int[facts.count][];
        for (int i = 0; i < byTrigger.length; i++) {
            byTrigger[i] = triggered.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        frozen = new Frozen<>(buckets, List.copyOf(unanchored), scanner, compiled, byTrigger,
                untriggered.stream().mapToInt(Integer::intValue).toArray(), groupOf, triggerOf);
    }

    /** Reports every match in {@code text} to {@code sink}, entry by entry until the sink is satisfied. */
    void scan(ScanText text, Sink<T> sink) {
        if (entries.isEmpty() || text.length() == 0) {
            return;
        }
        Frozen<T> f = frozen;
        if (f == null) {
            freeze();
            f = frozen;
        }
        Scan<T> run = new Scan<>(entries.size(), f, text.text());
        int[] starts = null;
        int[] words = null;
        List<Lead<T>>[][] found = null;
        int count = 0;
        for (int g = 0; g < f.everywhere().size(); g++) {
            if (run.admitted[g] == 0) {
                continue; // the message lacks what every rule of this group needs
            }
            if (sink.finished()) {
                return;
            }
            if (starts == null) {
                // the buckets at each word, looked up once for all groups, in text order
                String s = text.text();
                int n = s.length();
                int[] tokens = text.tokenStarts();
                starts = new int[tokens.length * KEY];
                words = new int[tokens.length * KEY];
                @SuppressWarnings("unchecked")
                List<Lead<T>>[][] buckets = new List[tokens.length * KEY][];
                found = buckets;
                for (int t = 0; t < tokens.length; t++) {
                    int start = tokens[t];
                    int max = Math.min(KEY, n - start);
                    int key = 0;
                    for (int len = 1; len <= max; len++) {
                        key |= PrefixTable.code(s.charAt(start + len - 1)) << (6 * (len - 1));
                        List<Lead<T>>[] bucket = f.buckets().get(key);
                        if (bucket != null) {
                            starts[count] = start;
                            words[count] = t;
                            found[count++] = bucket;
                        }
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                List<Lead<T>> bucket = found[k][g];
                if (bucket != null) {
                    tryAll(bucket, text, starts[k], words[k], sink, run);
                }
            }
            scanAnywhere(f.everywhere().get(g), text, sink, run);
        }
    }

    private void scanAnywhere(List<Entry<T>> anywhere, ScanText text, Sink<T> sink, Scan<T> run) {
        for (Entry<T> e : anywhere) {
            if (!run.done[e.ordinal]) {
                findAll(e, text, sink, run.done);
            }
        }
    }

    /** Per-message state of one scan; entries the message cannot match start out done. */
    private static final class Scan<T> {
        final boolean[] done;
        final int[] triedAt;
        final Matcher[] matchers;
        final int[] admitted;
        private LiteralScanner.Found found;
        private int[] triggerOf;

        /** True unless the trigger fact of the entry is known not to hold in words {@code from..to}. */
        boolean nearby(int entry, int from, int to) {
            return found == null || triggerOf[entry] < 0 || found.holdsWithin(triggerOf[entry], from, to);
        }

        Scan(int size, Frozen<T> f, String text) {
            done = new boolean[size];
            triedAt = new int[size];
            java.util.Arrays.fill(triedAt, -1);
            matchers = new Matcher[size];
            admitted = new int[f.everywhere().size()];
            LiteralScanner scanner = f.scanner();
            int[] groupOf = f.groupOf();
            if (scanner == null) {
                for (int i = 0; i < size; i++) {
                    admitted[groupOf[i]]++;
                }
                return;
            }
            LiteralScanner.Found facts = scanner.scan(text);
            if (facts == null) {
                for (int i = 0; i < size; i++) {
                    admitted[groupOf[i]]++; // not normalised text: the filter cannot tell, so everything runs
                }
                return;
            }
            java.util.Arrays.fill(done, true);
            found = facts;
            triggerOf = f.triggerOf();
            boolean[] seen = facts.holds;
            int[] list = facts.list;
            int count = facts.size;
            Need[] needs = f.needs();
            for (int i : f.untriggered()) {
                if (needs[i] == null || needs[i].test(seen)) {
                    done[i] = false;
                    admitted[groupOf[i]]++;
                }
            }
            int[][] byTrigger = f.byTrigger();
            for (int k = 0; k < count; k++) {
                for (int i : byTrigger[list[k]]) {
                    if (done[i] && needs[i].test(seen)) { // an "any of" need is listed under several facts
                        done[i] = false;
                        admitted[groupOf[i]]++;
                    }
                }
            }
        }
    }

    private void tryAll(List<Lead<T>> bucket, ScanText text, int start, int word, Sink<T> sink, Scan<T> run) {
        String s = text.text();
        boolean[] done = run.done;
        int[] triedAt = run.triedAt;
        Matcher[] matchers = run.matchers;
        for (Lead<T> candidate : bucket) {
            Entry<T> e = candidate.entry();
            if (done[e.ordinal] || triedAt[e.ordinal] == start || !s.startsWith(candidate.lead(), start)) {
                continue;
            }
            if (e.span != RequiredLiterals.UNBOUNDED && !run.nearby(e.ordinal, word - 1, word + e.span)) {
                continue; // what it cannot match without is not within reach of this word
            }
            triedAt[e.ordinal] = start;
            if (e.phrase != null) {
                int end = start + e.phrase.length();
                if (end == s.length() || s.charAt(end) == ' ') {
                    done[e.ordinal] = sink.hit(e, start, end);
                }
                continue;
            }
            try {
                Matcher m = matchers[e.ordinal];
                if (m == null) {
                    m = e.pattern.matcher(e.budgeted ? text.budgeted() : s);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[e.ordinal] = m;
                }
                m.region(start, s.length());
                if (m.lookingAt()) {
                    done[e.ordinal] = sink.hit(e, m.start(), m.end());
                }
            } catch (RuntimeException | StackOverflowError ex) {
                done[e.ordinal] = true; // a runaway staff pattern is skipped; the floor still runs
            }
        }
    }

    private void findAll(Entry<T> e, ScanText text, Sink<T> sink, boolean[] done) {
        String s = text.text();
        if (e.phrase != null) {
            int from = 0;
            while (from <= s.length()) {
                int at = s.indexOf(e.phrase, from);
                if (at < 0) {
                    return;
                }
                int end = at + e.phrase.length();
                if ((at == 0 || s.charAt(at - 1) == ' ') && (end == s.length() || s.charAt(end) == ' ')
                        && sink.hit(e, at, end)) {
                    done[e.ordinal] = true;
                    return;
                }
                from = at + 1;
            }
            return;
        }
        try {
            Matcher m = e.pattern.matcher(e.budgeted ? text.budgeted() : s);
            int from = 0;
            int guard = 0;
            while (from <= s.length() && m.find(from)) {
                if (sink.hit(e, m.start(), m.end())) {
                    done[e.ordinal] = true;
                    return;
                }
                from = Math.max(m.end(), m.start() + 1);
                if (++guard > 10_000) {
                    return;
                }
            }
        } catch (RuntimeException | StackOverflowError ex) {
            done[e.ordinal] = true;
        }
    }

    /**
     * The facts a scan can establish: "the message contains one of these literals", numbered once per distinct
     * set of literals (many rules share a set, such as the words for a person).
     */
    private static final class Facts {
        final List<String> literals = new ArrayList<>();
        final Map<String, Integer> literalIds = new HashMap<>();
        final List<List<Integer>> factsOfLiteral = new ArrayList<>();
        final Map<Set<String>, Integer> factIds = new HashMap<>();
        int count;

        final List<Integer> rarity = new ArrayList<>();

        /** Higher for facts less likely to hold: few literals, and long ones (a guess; only speed depends on it). */
        int rarity(int fact) {
            return rarity.get(fact);
        }

        int factFor(Set<String> anyOf) {
            Integer known = factIds.get(anyOf);
            if (known != null) {
                return known;
            }
            int fact = count++;
            factIds.put(anyOf, fact);
            int shortest = Integer.MAX_VALUE;
            for (String literal : anyOf) {
                shortest = Math.min(shortest, literal.strip().length());
            }
            rarity.add(shortest * 64 - Math.min(anyOf.size(), 63));
            for (String literal : anyOf) {
                Integer id = literalIds.get(literal);
                if (id == null) {
                    id = literals.size();
                    literalIds.put(literal, id);
                    literals.add(literal);
                    factsOfLiteral.add(new ArrayList<>(2));
                }
                factsOfLiteral.get(id).add(fact);
            }
            return fact;
        }

        List<int[]> factsOf() {
            List<int[]> out = new ArrayList<>(factsOfLiteral.size());
            for (List<Integer> f : factsOfLiteral) {
                out.add(f.stream().mapToInt(Integer::intValue).toArray());
            }
            return out;
        }
    }

    /** A {@link RequiredLiterals.Cond} over numbered facts: a fact, or all / any of the parts. */
    private static final class Need {
        private final int fact;
        private final boolean all;
        private final Need[] parts;

        private Need(int fact, boolean all, Need[] parts) {
            this.fact = fact;
            this.all = all;
            this.parts = parts;
        }

        static Need compile(RequiredLiterals.Cond cond, Facts facts) {
            if (cond == null) {
                return null;
            }
            Set<String> anyOf = literalsOnly(cond);
            if (anyOf != null) {
                return new Need(facts.factFor(anyOf), false, null);
            }
            Need[] parts = new Need[cond.parts.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = compile(cond.parts.get(i), facts);
            }
            return new Need(-1, cond.all, parts);
        }

        /** The literals of a condition that is one literal or "any of" plain literals; null otherwise. */
        private static Set<String> literalsOnly(RequiredLiterals.Cond cond) {
            if (cond.literal != null) {
                return Set.of(cond.literal);
            }
            if (cond.all) {
                return null;
            }
            Set<String> out = new java.util.TreeSet<>();
            for (RequiredLiterals.Cond p : cond.parts) {
                if (p.literal == null) {
                    return null;
                }
                out.add(p.literal);
            }
            return out;
        }

        /** A fact this need cannot hold without (the rarest-looking one), or -1 if there is none. */
        int trigger(Facts facts) {
            if (fact >= 0) {
                return fact;
            }
            if (!all) {
                return -1;
            }
            int best = -1;
            for (Need p : parts) {
                int t = p.trigger(facts);
                if (t >= 0 && (best < 0 || facts.rarity(t) > facts.rarity(best))) {
                    best = t;
                }
            }
            return best;
        }

        /**
         * Facts of which at least one must hold for this need to, when there is no single such fact ("any of"
         * needs): null when some branch has none.
         */
        int[] triggers(Facts facts) {
            int single = trigger(facts);
            if (single >= 0) {
                return new int[] {single};
            }
            if (fact >= 0 || all) {
                return null;
            }
            TreeSet<Integer> union = new TreeSet<>();
            for (Need p : parts) {
                int[] t = p.triggers(facts);
                if (t == null) {
                    return null;
                }
                for (int f : t) {
                    union.add(f);
                }
            }
            return union.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean test(boolean[] seen) {
            if (fact >= 0) {
                return seen[fact];
            }
            for (Need p : parts) {
                if (p.test(seen) != all) {
                    return !all;
                }
            }
            return all;
        }
    }

    /** Buckets keyed by up to four characters packed into an int: no substring per word and length. */
    private static final class PrefixTable<V> {
        private int[] keys = new int[64];
        private Object[] values = new Object[64];
        private int size;

        static int code(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a' + 1;
            }
            if (c >= '0' && c <= '9') {
                return c - '0' + 27;
            }
            return c == ' ' ? 37 : 38;
        }

        static int pack(String key) {
            int k = 0;
            for (int i = 0; i < key.length(); i++) {
                k |= code(key.charAt(i)) << (6 * i);
            }
            return k;
        }

        void put(String key, V value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(pack(key), value);
        }

        @SuppressWarnings("unchecked")
        V get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == key) {
                    return (V) values[i];
                }
                if (k == 0) {
                    return null;
                }
            }
        }

        private void insert(int key, Object value) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            int[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Object[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
