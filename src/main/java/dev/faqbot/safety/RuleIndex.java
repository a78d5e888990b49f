package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;
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

    private static final int WIDTH = 128;

    private final List<Entry<T>> entries = new ArrayList<>();
    private final List<String[]> leads = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final List<Entry<T>>[] byTwo = new List[WIDTH * WIDTH];
    @SuppressWarnings("unchecked")
    private final List<Entry<T>>[] byOne = new List[WIDTH];
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
        index(e, new String[] {phrase});
    }

    /** Adds a compiled pattern; {@code budgeted} patterns (staff-written) get a work limit per message. */
    void addPattern(Pattern pattern, T payload, boolean budgeted) {
        Entry<T> e = new Entry<>(payload, null, pattern, budgeted, entries.size());
        entries.add(e);
        Set<String> starts = LeadLiterals.of(pattern.pattern());
        if (starts == null || !pattern.pattern().startsWith("\\b")) {
            leads.add(null);
            everywhere.add(e);
            return;
        }
        index(e, starts.toArray(new String[0]));
    }

    private void index(Entry<T> e, String[] starts) {
        if (leads.size() < entries.size()) {
            leads.add(starts);
        }
        for (String lead : starts) {
            char c1 = lead.charAt(0);
            if (c1 >= WIDTH) {
                everywhere.add(e);
                return;
            }
            if (lead.length() == 1) {
                addOnce(byOne, c1, e);
            } else {
                char c2 = lead.charAt(1);
                if (c2 >= WIDTH) {
                    addOnce(byOne, c1, e);
                } else {
                    addOnce(byTwo, c1 * WIDTH + c2, e);
                }
            }
        }
    }

    private void addOnce(List<Entry<T>>[] table, int slot, Entry<T> e) {
        List<Entry<T>> list = table[slot];
        if (list == null) {
            list = new ArrayList<>(2);
            table[slot] = list;
        }
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** Reports every match in {@code text} to {@code sink}, entry by entry until the sink is satisfied. */
    void scan(ScanText text, Sink<T> sink) {
        if (entries.isEmpty() || text.length() == 0) {
            return;
        }
        boolean[] done = new boolean[entries.size()];
        Matcher[] matchers = new Matcher[entries.size()];
        String s = text.text();
        int n = s.length();
        int[] starts = text.tokenStarts();
        for (int start : starts) {
            char c1 = s.charAt(start);
            if (c1 >= WIDTH) {
                continue;
            }
            char c2 = start + 1 < n ? s.charAt(start + 1) : ' ';
            if (c2 < WIDTH) {
                tryAll(byTwo[c1 * WIDTH + c2], text, start, sink, done, matchers);
            }
            tryAll(byOne[c1], text, start, sink, done, matchers);
        }
        for (Entry<T> e : everywhere) {
            if (!done[e.ordinal]) {
                findAll(e, text, sink, done);
            }
        }
    }

    private void tryAll(List<Entry<T>> candidates, ScanText text, int start, Sink<T> sink, boolean[] done,
            Matcher[] matchers) {
        if (candidates == null) {
            return;
        }
        String s = text.text();
        for (Entry<T> e : candidates) {
            if (done[e.ordinal]) {
                continue;
            }
            if (e.phrase != null) {
                int end = start + e.phrase.length();
                if (s.startsWith(e.phrase, start) && (end == s.length() || s.charAt(end) == ' ')) {
                    done[e.ordinal] = sink.hit(e, start, end);
                }
                continue;
            }
            if (!startsWithLead(e, s, start)) {
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

    private boolean startsWithLead(Entry<T> e, String s, int start) {
        String[] ls = leads.get(e.ordinal);
        if (ls == null) {
            return true;
        }
        for (String lead : ls) {
            if (s.startsWith(lead, start)) {
                return true;
            }
        }
        return false;
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
