package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits glued words ("killmyself", "wanttodie") into vocabulary words over a trie of the vocabulary. */
final class GluedWordSegmenter {

    /** The vocabulary's words of up to {@link #MAX_PIECE} letters as a trie, for splitting glued words. */
    private static final int[][] VOCAB_TRIE;
    private static final boolean[] VOCAB_END;
    private static final int MAX_PIECE = 12;

    static {
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        trie.add(new int[26]);
        ends.add(false);
        for (String w : ScreeningLexicon.VOCABULARY) {
            if (w.isEmpty() || w.length() > MAX_PIECE || !CharacterFolder.isLetters(w)) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (trie.get(node)[c] == 0) {
                    trie.get(node)[c] = trie.size();
                    trie.add(new int[26]);
                    ends.add(false);
                }
                node = trie.get(node)[c];
            }
            ends.set(node, true);
        }
        VOCAB_TRIE = trie.toArray(new int[0][]);
        VOCAB_END = new boolean[ends.size()];
        for (int i = 0; i < VOCAB_END.length; i++) {
            VOCAB_END[i] = ends.get(i);
        }
    }

    private GluedWordSegmenter() {
    }

    /** Glued words ("killmyself", "wanttodie"): split into known words when one of them is a key word. */
    static List<String> segment(String token) {
        int n = token.length();
        if (n > 40) {
            return null;
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        // forward over a trie of the vocabulary; taking starts in ascending order keeps the first best split
        for (int start = 0; start < n; start++) {
            if (best[start] == Integer.MAX_VALUE) {
                continue;
            }
            int node = 0;
            for (int end = start + 1; end <= n && end - start <= MAX_PIECE; end++) {
                node = VOCAB_TRIE[node][token.charAt(end - 1) - 'a'];
                if (node == 0) {
                    break;
                }
                if (!VOCAB_END[node] || (end - start == 1 && token.charAt(start) != 'i'
                        && token.charAt(start) != 'a')) {
                    continue;
                }
                if (best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2 || best[n] > 5) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int end = n;
        while (end > 0) {
            parts.add(0, token.substring(from[end], end));
            end = from[end];
        }
        for (String p : parts) {
            if (ScreeningLexicon.KEY_WORDS.contains(p) && p.length() >= 3) {
                return parts;
            }
        }
        return null;
    }
}
