package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The frozen tables: the buckets and the unanchored entries of each group, and the literal filter. */
    private record Frozen<T>(PrefixTable<List<Lead<T>>[]> buckets, List<List<Entry<T>>> everywhere,
            LiteralFilter filter) {
    }

    private int groups = 1;

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
        frozen = new Frozen<>(buckets, List.copyOf(unanchored), LiteralFilter.of(needs, entries));
    }

    /** Reports every match in {@code text} to {@code sink}, entry by entry until the sink is satisfied. */
    void scan(ScanText text, Sink<T> sink) {
        scan(text, sink, Integer.MAX_VALUE);
    }

    /** Like {@link #scan(ScanText, Sink)}, for the matches starting before character {@code maxStart} only. */
    void scan(ScanText text, Sink<T> sink, int maxStart) {
        if (entries.isEmpty() || text.length() == 0) {
            return;
        }
        Frozen<T> f = frozen;
        if (f == null) {
            freeze();
            f = frozen;
        }
        ScanState run = new ScanState(entries.size(), f.everywhere().size(), f.filter(), text.text());
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
                for (int t = 0; t < tokens.length && tokens[t] < maxStart; t++) {
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
            scanAnywhere(f.everywhere().get(g), text, sink, run, maxStart);
        }
    }

    private void scanAnywhere(List<Entry<T>> anywhere, ScanText text, Sink<T> sink, ScanState run, int maxStart) {
        for (Entry<T> e : anywhere) {
            if (!run.done[e.ordinal]) {
                findAll(e, text, sink, run.done, maxStart);
            }
        }
    }

    private void tryAll(List<Lead<T>> bucket, ScanText text, int start, int word, Sink<T> sink, ScanState run) {
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
            Matcher m = matchers[e.ordinal];
            if (m == null) {
                m = e.pattern.matcher(e.budgeted ? text.budgeted() : s);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                matchers[e.ordinal] = m;
            }
            m.region(start, s.length());
            boolean found;
            try {
                found = m.lookingAt();
            } catch (RuntimeException | StackOverflowError ex) {
                done[e.ordinal] = true; // a runaway staff pattern is skipped; the floor still runs
                continue;
            }
            if (found) {
                done[e.ordinal] = sink.hit(e, m.start(), m.end());
            }
        }
    }

    private void findAll(Entry<T> e, ScanText text, Sink<T> sink, boolean[] done, int maxStart) {
        String s = text.text();
        if (e.phrase != null) {
            int from = 0;
            while (from <= s.length()) {
                int at = s.indexOf(e.phrase, from);
                if (at < 0 || at >= maxStart) {
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
        Matcher m = e.pattern.matcher(e.budgeted ? text.budgeted() : s);
        int from = 0;
        for (int guard = 0; from <= s.length() && guard < 10_000; guard++) {
            boolean found;
            try {
                found = m.find(from);
            } catch (RuntimeException | StackOverflowError ex) {
                done[e.ordinal] = true; // a runaway staff pattern is skipped; the floor still runs
                return;
            }
            if (!found || m.start() >= maxStart) {
                return;
            }
            if (sink.hit(e, m.start(), m.end())) {
                done[e.ordinal] = true;
                return;
            }
            from = Math.max(m.end(), m.start() + 1);
        }
    }
}
