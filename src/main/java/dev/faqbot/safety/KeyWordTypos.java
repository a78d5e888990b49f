package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Key words typed with one typo: two neighbouring letters swapped in a short word, one edit in a long one. */
final class KeyWordTypos {

    private static final Set<String> SHORT_KEYS = Set.of("life", "kill", "dead", "die", "want", "live", "hurt", "harm",
            "pill", "meds", "wake", "hang", "rope", "jump", "help", "plan");

    /** For each token length, the fuzzy keys one letter shorter, as long or one longer, in their listed order. */
    private static final String[][] FUZZY_BY_LENGTH = fuzzyByLength();

    private KeyWordTypos() {
    }

    /** A short key word typed with two neighbouring letters swapped ("lfie", "klil"), or null. */
    static String swapped(String token) {
        char[] c = token.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            String candidate = new String(c);
            c[i + 1] = c[i];
            c[i] = t;
            if (SHORT_KEYS.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@link #near} for a word of 5+ letters only, else null. */
    static String nearIfLetters(String w) {
        return w.length() >= 5 && CharacterFolder.isLetters(w) ? near(w) : null;
    }

    /** A fuzzy key word one edit away (insert, delete, substitute or swap) from a token of 5+ letters, or null. */
    static String near(String token) {
        int n = token.length();
        if (n >= FUZZY_BY_LENGTH.length) {
            return null;
        }
        char t0 = token.charAt(0);
        char t1 = token.charAt(1);
        for (String key : FUZZY_BY_LENGTH[n]) {
            char k0 = key.charAt(0);
            char k1 = key.charAt(1);
            // one edit away keeps the first letter, the second, or swaps them: a quick test before the full one
            if ((t0 == k0 || t1 == k1 || t0 == k1 || t1 == k0) && withinOneEdit(token, key)) {
                return key;
            }
        }
        return null;
    }

    private static String[][] fuzzyByLength() {
        int longest = 0;
        for (String key : ScreeningLexicon.FUZZY_KEYS) {
            longest = Math.max(longest, key.length());
        }
        String[][] out = new String[longest + 2][];
        for (int n = 0; n < out.length; n++) {
            List<String> keys = new ArrayList<>();
            for (String key : ScreeningLexicon.FUZZY_KEYS) {
                if (Math.abs(key.length() - n) <= 1 && key.length() >= 2) {
                    keys.add(key);
                }
            }
            out[n] = keys.toArray(new String[0]);
        }
        return out;
    }

    private static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (count == 0) {
                        first = i;
                    }
                    count++;
                    if (count > 2) {
                        return false;
                    }
                }
            }
            if (count <= 1) {
                return true;
            }
            // a swap of two neighbours ("myslef")
            return first + 1 < la && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.regionMatches(first + 2, b, first + 2, la - first - 2);
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
