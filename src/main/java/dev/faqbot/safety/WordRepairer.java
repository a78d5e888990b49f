package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Repairs one token into canonical words: slang, misspellings, leetspeak, censoring, stretching and typos undone. */
final class WordRepairer {

    private static final Map<String, String> SKELETONS = new HashMap<>();

    static {
        for (String key : ScreeningLexicon.KEY_WORDS) {
            SKELETONS.putIfAbsent(skeleton(key), key);
        }
        for (String word : ScreeningLexicon.FUZZY_KEYS) {
            SKELETONS.putIfAbsent(skeleton(word), word);
        }
    }

    private static final Set<String> SHORT_KEYS = Set.of("life", "kill", "dead", "die", "want", "live", "hurt", "harm",
            "pill", "meds", "wake", "hang", "rope", "jump", "help", "plan");

    /** For each token length, the fuzzy keys one letter shorter, as long or one longer, in their listed order. */
    private static final String[][] FUZZY_BY_LENGTH = fuzzyByLength();

    private WordRepairer() {
    }

    /** Appends the canonical word(s) for one token. */
    static void canonical(String token, List<String> out, int depth) {
        if (token.isEmpty()) {
            return;
        }
        if (depth > 3) {
            out.add(token);
            return;
        }
        String slang = ScreeningLexicon.SLANG.get(token);
        if (slang != null) {
            if (token.equals("kms") && !out.isEmpty() && isNumber(out.get(out.size() - 1))) {
                out.add(token); // "20 kms away": kilometres
                return;
            }
            for (String w : slang.split(" ")) {
                out.add(w);
            }
            return;
        }
        if (ScreeningLexicon.VOCABULARY.contains(token)) {
            out.add(token);
            return;
        }
        String misspelt = ScreeningLexicon.MISSPELLINGS.get(token);
        if (misspelt != null) {
            out.add(misspelt);
            return;
        }
        boolean letters = true;
        boolean hasLetter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') {
                hasLetter = true;
            } else {
                letters = false;
            }
        }
        if (!letters) {
            if (token.indexOf('*') >= 0 && hasLetter) {
                String guess = wildcard(token);
                if (guess != null) {
                    out.add(guess);
                    return;
                }
            }
            String decoded = decodeLeet(token, hasLetter);
            if (decoded != null && !decoded.equals(token)) {
                canonical(decoded, out, depth + 1);
                return;
            }
            String stripped = stripSymbols(token);
            if (stripped.isEmpty()) {
                return;
            }
            if (!stripped.equals(token)) {
                canonical(stripped, out, depth + 1);
                return;
            }
            out.add(token);
            return;
        }
        String restretched = unstretch(token);
        if (restretched != null) {
            canonical(restretched, out, depth + 1);
            return;
        }
        if (token.length() >= 3 && token.length() <= 4) {
            String swapped = swappedKey(token);
            if (swapped != null) {
                out.add(swapped);
                return;
            }
        }
        if (token.length() >= 5) {
            String near = nearKey(token);
            if (near != null) {
                out.add(near);
                return;
            }
        }
        if (token.length() >= 6) {
            List<String> parts = GluedWordSegmenter.segment(token);
            if (parts != null) {
                out.addAll(parts);
                return;
            }
        }
        out.add(token);
    }

    private static String stripSymbols(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean known(String w) {
        return ScreeningLexicon.VOCABULARY.contains(w) || ScreeningLexicon.SLANG.containsKey(w)
                || ScreeningLexicon.MISSPELLINGS.containsKey(w);
    }

    /**
     * Leetspeak: symbols inside a word always decode ({@code k!ll}, {@code $uicide}); digits decode only
     * when the result is a known word, so "10mg" or "24hrs" stay as they are.
     */
    private static String decodeLeet(String token, boolean symbolsDecode) {
        String withI = leet(token, 'i');
        if (known(withI) || nearKeyOrNull(withI) != null) {
            return withI;
        }
        String withL = leet(token, 'l');
        if (known(withL) || nearKeyOrNull(withL) != null) {
            return withL;
        }
        if (symbolsDecode) {
            boolean symbol = false;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '@' || c == '$' || c == '!' || c == '|' || c == '+') {
                    symbol = true;
                }
            }
            if (symbol) {
                String lettersOnly = leetSymbolsOnly(token);
                return lettersOnly;
            }
        }
        return null;
    }

    private static String nearKeyOrNull(String w) {
        return w.length() >= 5 && CharacterFolder.isLetters(w) ? nearKey(w) : null;
    }

    private static String leet(String token, char one) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1', '|', '!' -> one;
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static String leetSymbolsOnly(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case '@' -> sb.append('a');
                case '$' -> sb.append('s');
                case '!', '|' -> sb.append('i');
                case '+' -> sb.append('t');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code k*ll}, {@code s**cide}: a censored key word of the same length. */
    private static String wildcard(String token) {
        for (String key : ScreeningLexicon.KEY_WORDS) {
            if (key.length() != token.length()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < key.length() && match; i++) {
                char c = token.charAt(i);
                match = c == '*' || c == key.charAt(i);
            }
            if (match) {
                return key;
            }
        }
        return null;
    }

    /** Stretched or doubled letters ({@code diiiie}, {@code killl}, {@code soooo}): the word meant, or null. */
    private static String unstretch(String token) {
        boolean doubled = false;
        boolean run3 = false;
        for (int i = 1; i < token.length(); i++) {
            if (token.charAt(i) == token.charAt(i - 1)) {
                doubled = true;
                if (i >= 2 && token.charAt(i - 2) == token.charAt(i)) {
                    run3 = true;
                }
            }
        }
        if (!doubled) {
            return null;
        }
        if (run3) {
            String two = collapse(token, 2);
            if (known(two)) {
                return two;
            }
            String one = collapse(token, 1);
            if (known(one)) {
                return one;
            }
        }
        String key = SKELETONS.get(skeleton(token));
        if (key != null && !key.equals(token)) {
            return key;
        }
        if (run3) {
            return collapse(token, 1);
        }
        return null;
    }

    private static String collapse(String token, int keep) {
        StringBuilder sb = new StringBuilder(token.length());
        int run = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            run = (i > 0 && token.charAt(i - 1) == c) ? run + 1 : 1;
            if (run <= keep) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String skeleton(String token) {
        return collapse(token, 1);
    }

    /** A short key word typed with two neighbouring letters swapped ("lfie", "klil"), or null. */
    private static String swappedKey(String token) {
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

    /** A fuzzy key word one edit away (insert, delete, substitute or swap) from a token of 5+ letters, or null. */
    private static String nearKey(String token) {
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
