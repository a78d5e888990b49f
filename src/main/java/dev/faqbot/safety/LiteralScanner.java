package dev.faqbot.safety;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which of a fixed set of literals occur in a normalised message, all in one left-to-right pass
 * (Aho-Corasick, compiled to a table): the cost grows with the message, not with the number of literals.
 * Each literal stands for one or more numbered facts ("the message has one of these words"); a scan reports
 * which facts hold. The text is read with a space before and after it, so a literal may say where a word starts
 * or ends (" od "). It must be normalised text (lower-case letters, digits, spaces): for anything else the scan
 * answers null, meaning "cannot tell", and every rule runs. Immutable once built.
 */
final class LiteralScanner {

    private static final int ALPHABET = 38;
    private static final int SPACE = 36;
    private static final int OTHER = 37;

    private final char[] next; // state * ALPHABET + class -> state
    private final int[][] found; // literals that end in each state, suffixes included
    private final int[][] factsOf; // facts each literal proves
    private final int[][] placedOf; // for each literal, the slots of its facts whose places (words) are wanted
    private final int[] slotOf; // fact -> slot in the word table, or -1
    private final int slots;
    private final int count;

    /**
     * @param literals the strings to look for
     * @param facts for each literal, the numbers of the facts it proves (0 to {@code factCount - 1})
     * @param placed the facts for which {@link #scan} also records in which words they hold
     */
    LiteralScanner(List<String> literals, List<int[]> facts, int factCount, boolean[] placed) {
        this.count = factCount;
        this.factsOf = facts.toArray(new int[0][]);
        this.slotOf = new int[factCount];
        int n = 0;
        for (int f = 0; f < factCount; f++) {
            slotOf[f] = placed[f] ? n++ : -1;
        }
        this.slots = n;
        this.placedOf = new int[factsOf.length][];
        for (int i = 0; i < factsOf.length; i++) {
            int[] p = Arrays.stream(factsOf[i]).filter(f -> placed[f]).map(f -> slotOf[f]).toArray();
            placedOf[i] = p.length == 0 ? null : p;
        }
        int capacity = 1;
        for (String s : literals) {
            capacity += s.length();
        }
        int[] trie = new int[capacity * ALPHABET];
        Arrays.fill(trie, -1);
        int[][] ends = new int[capacity][];
        int states = 1;
        for (int id = 0; id < literals.size(); id++) {
            String s = literals.get(id);
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                int slot = state * ALPHABET + classOf(s.charAt(i));
                if (trie[slot] < 0) {
                    trie[slot] = states++;
                }
                state = trie[slot];
            }
            ends[state] = append(ends[state], id);
        }
        int[] fail = new int[states];
        int[][] out = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int child = trie[c];
            if (child < 0) {
                trie[c] = 0;
            } else {
                fail[child] = 0;
                queue.add(child);
            }
        }
        out[0] = ends[0];
        while (!queue.isEmpty()) {
            int state = queue.poll();
            out[state] = merge(ends[state], out[fail[state]]);
            for (int c = 0; c < ALPHABET; c++) {
                int slot = state * ALPHABET + c;
                int child = trie[slot];
                int viaFail = trie[fail[state] * ALPHABET + c];
                if (child < 0) {
                    trie[slot] = viaFail;
                } else {
                    fail[child] = viaFail;
                    queue.add(child);
                }
            }
        }
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("too many literals for one scanner: " + states + " states");
        }
        this.next = new char[states * ALPHABET];
        for (int i = 0; i < next.length; i++) {
            next[i] = (char) trie[i];
        }
        this.found = new int[states][];
        for (int i = 0; i < states; i++) {
            found[i] = dedupe(out[i]);
        }
    }

    /** What one scan found: the facts that hold, in the order first seen, and where the placed ones hold. */
    static final class Found {
        final boolean[] holds;
        int[] list = new int[32];
        int size;
        private final long[][] words;
        private final int[] slotOf;

        private Found(int facts, int slots, int[] slotOf) {
            this.holds = new boolean[facts];
            this.words = new long[slots][];
            this.slotOf = slotOf;
        }

        /** True when a literal of the fact (one asked to be placed) ends in one of the words {@code from..to}. */
        boolean holdsWithin(int fact, int from, int to) {
            int slot = slotOf[fact];
            if (slot < 0) {
                return holds[fact];
            }
            long[] bits = words[slot];
            if (bits == null) {
                return false;
            }
            for (int k = Math.max(0, from); k <= to && (k >> 6) < bits.length; k++) {
                if ((bits[k >> 6] & (1L << k)) != 0) {
                    return true;
                }
            }
            return false;
        }

        private void add(int fact) {
            if (!holds[fact]) {
                holds[fact] = true;
                if (size == list.length) {
                    list = Arrays.copyOf(list, size * 2);
                }
                list[size++] = fact;
            }
        }

        private void place(int slot, int word) {
            long[] bits = words[slot];
            if (bits == null || (word >> 6) >= bits.length) {
                bits = Arrays.copyOf(bits == null ? new long[0] : bits, (word >> 6) + 2);
                words[slot] = bits;
            }
            bits[word >> 6] |= 1L << word;
        }
    }

    /**
     * The facts that hold for {@code " " + text + " "}; for the facts asked to be placed at construction, also
     * the words where one of their literals ends (the space after word k counts as word k). Null when the text is
     * not normalised: then nothing can be concluded.
     */
    Found scan(String text) {
        Found out = new Found(count, slots, slotOf);
        int word = 0;
        int state = next[SPACE];
        report(found[state], 0, out);
        for (int i = 0; i < text.length(); i++) {
            int c = classOf(text.charAt(i));
            if (c == OTHER) {
                return null;
            }
            state = next[state * ALPHABET + c];
            int[] ends = found[state];
            if (ends != null) {
                report(ends, word, out);
            }
            if (c == SPACE && i > 0 && text.charAt(i - 1) != ' ') {
                word++; // words numbered as ScanText numbers them: a run of spaces ends one word
            }
        }
        report(found[next[state * ALPHABET + SPACE]], word, out);
        return out;
    }

    private void report(int[] ends, int word, Found out) {
        if (ends == null) {
            return;
        }
        for (int literal : ends) {
            int[] placed = placedOf[literal];
            if (placed != null) {
                for (int slot : placed) {
                    out.place(slot, word);
                }
            }
            for (int fact : factsOf[literal]) {
                out.add(fact);
            }
        }
    }

    private static int classOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == ' ' ? 36 : 37;
    }

    private static int[] append(int[] ids, int id) {
        if (ids == null) {
            return new int[] {id};
        }
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = id;
        return out;
    }

    private static int[] dedupe(int[] ids) {
        return ids == null ? null : Arrays.stream(ids).distinct().toArray();
    }

    private static int[] merge(int[] own, int[] inherited) {
        if (own == null) {
            return inherited;
        }
        if (inherited == null) {
            return own;
        }
        int[] out = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, out, own.length, inherited.length);
        return out;
    }
}
