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
 * Immutable once built; safe for concurrent use.
 */
final class RuleIndex<T> {

    /** One indexed rule: a normalised phrase or a compiled pattern, with what it stands for. */
    static final class Entry<T> {
        final T payload;
        final String phrase;
        final Pattern pattern;
        final boolean budgeted;
        final int ordinal;

        Entry(T payload, String phrase, Pattern pattern, boolean budgeted, int ordinal) {
            this.payload = payload;
            this.phrase = phrase;
            this.pattern = pattern;
            this.budgeted = budgeted;
            this.ordinal = ordinal;
        }
    }

    /** Receives each match; returns true when it needs no further matches of that entry. */
    interface Sink<T> {
        boolean hit(Entry<T> entry, int start, int end);
    }

    private static final int KEY = 4;

    /** An entry reachable from a bucket through one of its leading literals. */
    private record Lead<T>(Entry<T> entry, String lead) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<String, List<Lead<T>>> byPrefix = new HashMap<>();
    private final List<Entry<T>> everywhere = new ArrayList<>();

    int size() {
        return entries.size();
    }

    List<Entry<T>> unanchored() {
        return everywhere;
    }

    /** Adds a normalised phrase, matched at word boundaries. */
    void addPhrase(String phrase, T payload) {
        Entry<T> e = new Entry<>(payload, phrase, null, false, entries.size());
        entries.add(e);
        index(e, Set.of(phrase));
    }

    /** Adds a compiled pattern; {@code budgeted} patterns (staff-written) get a work limit per message. */
    void addPattern(Pattern pattern, T payload, boolean budgeted) {
        Entry<T> e = new Entry<>(payload, null, pattern, budgeted, entries.size());
        entries.add(e);
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

    /** Reports every match in {@code text} to {@code sink}, entry by entry until the sink is satisfied. */
    void scan(ScanText text, Sink<T> sink) {
        if (entries.isEmpty() || text.length() == 0) {
            return;
        }
        boolean[] done = new boolean[entries.size()];
        int[] triedAt = new int[entries.size()];
        java.util.Arrays.fill(triedAt, -1);
        Matcher[] matchers = new Matcher[entries.size()];
        String s = text.text();
        int n = s.length();
        for (int start : text.tokenStarts()) {
            int max = Math.min(KEY, n - start);
            for (int len = 1; len <= max; len++) {
                List<Lead<T>> bucket = byPrefix.get(s.substring(start, start + len));
                if (bucket != null) {
                    tryAll(bucket, text, start, sink, done, triedAt, matchers);
                }
            }
        }
        for (Entry<T> e : everywhere) {
            if (!done[e.ordinal]) {
                findAll(e, text, sink, done);
            }
        }
    }

    private void tryAll(List<Lead<T>> bucket, ScanText text, int start, Sink<T> sink, boolean[] done, int[] triedAt,
            Matcher[] matchers) {
        String s = text.text();
        for (Lead<T> candidate : bucket) {
            Entry<T> e = candidate.entry();
            if (done[e.ordinal] || triedAt[e.ordinal] == start || !s.startsWith(candidate.lead(), start)) {
                continue;
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
}
