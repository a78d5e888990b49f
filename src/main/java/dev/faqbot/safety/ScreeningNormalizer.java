package dev.faqbot.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a visitor's message into the form crisis rules are written against: lower-case ASCII words
 * separated by single spaces, with accents, look-alike letters, leetspeak ({@code k1ll}, {@code $uicide}),
 * spaced or dotted letters ({@code s u i c i d e}, {@code k.m.s}), stretched letters ({@code diiiie}),
 * common misspellings, chat slang ({@code kms}, {@code wanna}) and contractions ({@code don't},
 * {@code dont} → {@code do not}) undone. Punctuation and emoji become word breaks.
 *
 * <p>Never throws: on any internal failure it falls back to a plain lower-casing of letters and digits.
 * Linear in the length of the input; stateless and thread-safe.
 */
public final class ScreeningNormalizer {

    private static final Map<String, String> SKELETONS = new HashMap<>();

    /** The vocabulary's words of up to {@link #MAX_PIECE} letters as a trie, for splitting glued words. */
    private static final int[][] VOCAB_TRIE;
    private static final boolean[] VOCAB_END;
    private static final int MAX_PIECE = 12;

    static {
        for (String key : ScreeningLexicon.KEY_WORDS) {
            SKELETONS.putIfAbsent(skeleton(key), key);
        }
        for (String word : ScreeningLexicon.FUZZY_KEYS) {
            SKELETONS.putIfAbsent(skeleton(word), word);
        }
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        trie.add(new int[26]);
        ends.add(false);
        for (String w : ScreeningLexicon.VOCABULARY) {
            if (w.isEmpty() || w.length() > MAX_PIECE || !isLetters(w)) {
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

    private ScreeningNormalizer() {
    }

    /** The screening form of {@code raw}; empty for null or blank input. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        try {
            return join(words(mapCharacters(raw)));
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(raw);
        }
    }

    /** Plain lower-casing of ASCII letters and digits: what screening uses if the full path ever fails. */
    static String fallback(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toLowerCase(raw.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().trim();
    }

    // ---- stage 1: characters ------------------------------------------------------------------

    /** Lower-cases, folds compatibility forms and look-alikes to ASCII, keeps in-word symbols, breaks on the rest. */
    static String mapCharacters(String raw) {
        String s = raw;
        if (!isAscii(s)) {
            try {
                s = Normalizer.normalize(s, Normalizer.Form.NFKD);
            } catch (RuntimeException e) {
                s = raw;
            }
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                char c = (char) cp;
                if (c == 'I' && i >= 2 && out.length() > 0 && isLetter(out.charAt(out.length() - 1))
                        && (Character.isLowerCase(s.charAt(i - 2))
                            || (s.charAt(i - 2) == 'I' && out.charAt(out.length() - 1) == 'l'))) {
                    out.append('l'); // "kiII": a capital I standing in for a lower-case l
                    continue;
                }
                out.append(asciiClass(c));
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue; // accents, zalgo, zero-width joiners, soft hyphens: invisible inside a word
            }
            if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x00B4 || cp == 0x2032) {
                out.append('\'');
                continue;
            }
            if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
                out.append('-');
                continue;
            }
            if (cp == 0x00B7 || cp == 0x2022 || cp == 0x2024 || cp == 0x2027 || cp == 0x30FB) {
                out.append('.');
                continue;
            }
            if (cp == 0x20AC) {
                out.append('e');
                continue;
            }
            if (cp == 0x00A1) {
                out.append('!');
                continue;
            }
            int lower = Character.toLowerCase(cp);
            String mapped = ScreeningLexicon.HOMOGLYPHS.get(lower);
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.append(' '); // other scripts, emoji, symbols, unpaired surrogates
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static char asciiClass(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return c;
        }
        switch (c) {
            case '@', '$', '!', '|', '+', '*', '.', '-', '_', '\'':
                return c;
            case '`':
                return '\'';
            default:
                return ' ';
        }
    }

    // ---- stage 2: words -----------------------------------------------------------------------

    private static List<String> words(String mapped) {
        List<String> pieces = new ArrayList<>();
        int n = mapped.length();
        int i = 0;
        while (i < n) {
            while (i < n && mapped.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && mapped.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                splitRawToken(mapped.substring(start, i), pieces);
            }
        }
        List<String> joined = joinSpacedLetters(pieces);
        List<String> out = new ArrayList<>(joined.size() + 4);
        for (String piece : joined) {
            canonical(piece, out, 0);
        }
        return mergePairs(out);
    }

    private static boolean isEdgeSymbol(char c) {
        return c == '!' || c == '|' || c == '+' || c == '*' || c == '.' || c == '-' || c == '_' || c == '\''
                || c == '@';
    }

    /** Strips edge punctuation, expands apostrophe contractions and splits or joins dotted/hyphenated parts. */
    private static void splitRawToken(String token, List<String> pieces) {
        int a = 0;
        int b = token.length();
        while (a < b && isEdgeSymbol(token.charAt(a)) && !(token.charAt(a) == '@' && a + 1 < b
                && isLetter(token.charAt(a + 1)))) {
            a++;
        }
        while (b > a && (isEdgeSymbol(token.charAt(b - 1)) && token.charAt(b - 1) != '@')) {
            b--;
        }
        if (a >= b) {
            return;
        }
        String t = token.substring(a, b);
        if (t.indexOf('\'') >= 0) {
            expandApostrophes(t, pieces);
            return;
        }
        if (t.indexOf('.') >= 0 || t.indexOf('-') >= 0 || t.indexOf('_') >= 0) {
            String[] parts = t.split("[._\\-]+");
            boolean allSingle = parts.length >= 2;
            for (String p : parts) {
                if (p.length() != 1) {
                    allSingle = false;
                    break;
                }
            }
            if (allSingle) {
                pieces.add(String.join("", parts)); // k.m.s, s-u-i-c-i-d-e
            } else {
                for (String p : parts) {
                    if (!p.isEmpty()) {
                        splitRawToken(p, pieces);
                    }
                }
            }
            return;
        }
        pieces.add(t);
    }

    private static void expandApostrophes(String t, List<String> pieces) {
        String lower = t;
        int ap = lower.indexOf('\'');
        String base = lower.substring(0, ap).replace("'", "");
        String tail = lower.substring(ap + 1).replace("'", "");
        if (base.isEmpty()) {
            if (!tail.isEmpty()) {
                splitRawToken(tail, pieces);
            }
            return;
        }
        if (tail.equals("t") && base.endsWith("n")) {
            String verb = base.substring(0, base.length() - 1);
            switch (verb) {
                case "ca" -> verb = "can";
                case "wo" -> verb = "will";
                case "sha" -> verb = "shall";
                case "ai" -> verb = "am";
                default -> { }
            }
            pieces.add(verb);
            pieces.add("not");
            return;
        }
        switch (tail) {
            case "m" -> {
                pieces.add(base);
                pieces.add("am");
            }
            case "re" -> {
                pieces.add(base);
                pieces.add("are");
            }
            case "ve" -> {
                pieces.add(base);
                pieces.add("have");
            }
            case "ll" -> {
                pieces.add(base);
                pieces.add("will");
            }
            case "d" -> {
                if (base.equals("od") || base.equals("o.d")) {
                    pieces.add("overdosed");
                } else {
                    pieces.add(base);
                    pieces.add("would");
                }
            }
            case "s" -> {
                pieces.add(base);
                if (IS_BEFORE_S.contains(base)) {
                    pieces.add("is");
                }
            }
            case "all" -> {
                pieces.add(base.equals("y") ? "you" : base);
                pieces.add("all");
            }
            default -> splitRawToken(base + tail, pieces);
        }
    }

    private static final java.util.Set<String> IS_BEFORE_S = java.util.Set.of("it", "he", "she", "that",
            "what", "there", "who", "where", "here", "how", "when", "why", "everything", "nothing", "life",
            "everyone", "someone", "something", "this", "one");

    /** Joins runs of single characters typed apart ("s u i c i d e", "k m s") when they spell something known. */
    private static List<String> joinSpacedLetters(List<String> pieces) {
        List<String> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            while (j < pieces.size() && pieces.get(j).length() == 1) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder sb = new StringBuilder(j - i);
                for (int k = i; k < j; k++) {
                    sb.append(pieces.get(k));
                }
                String word = sb.toString();
                List<String> probe = new ArrayList<>(4);
                canonical(word, probe, 0);
                if (probe.size() != 1 || !probe.get(0).equals(word) || ScreeningLexicon.VOCABULARY.contains(word)) {
                    out.add(word);
                } else {
                    for (int k = i; k < j; k++) {
                        out.add(pieces.get(k));
                    }
                }
                i = j;
            } else if (j > i) {
                for (int k = i; k < j; k++) {
                    out.add(pieces.get(k));
                }
                i = j;
            } else {
                out.add(pieces.get(i));
                i++;
            }
        }
        return out;
    }

    /** Appends the canonical word(s) for one token. */
    private static void canonical(String token, List<String> out, int depth) {
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
        boolean hasDigit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') {
                hasLetter = true;
            } else {
                letters = false;
                if (c >= '0' && c <= '9') {
                    hasDigit = true;
                }
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
            List<String> parts = segment(token);
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

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
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
        return w.length() >= 5 && isLetters(w) ? nearKey(w) : null;
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
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

    static String skeleton(String token) {
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

    private static final java.util.Set<String> SHORT_KEYS = java.util.Set.of("life", "kill", "dead", "die", "want",
            "live", "hurt", "harm", "pill", "meds", "wake", "hang", "rope", "jump", "help", "plan");

    /** A fuzzy key word one edit away (insert, delete, substitute or swap), or null. */
    private static String nearKey(String token) {
        int n = token.length();
        if (n < 2 || n >= FUZZY_BY_LENGTH.length) {
            return n < 2 ? slowNearKey(token) : null;
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

    private static String slowNearKey(String token) {
        for (String key : ScreeningLexicon.FUZZY_KEYS) {
            int diff = key.length() - token.length();
            if (diff >= -1 && diff <= 1 && withinOneEdit(token, key)) {
                return key;
            }
        }
        return null;
    }

    /** For each token length, the fuzzy keys one letter shorter, as long or one longer, in their listed order. */
    private static final String[][] FUZZY_BY_LENGTH = fuzzyByLength();

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

    static boolean withinOneEdit(String a, String b) {
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

    /** Glued words ("killmyself", "wanttodie"): split into known words when one of them is a key word. */
    private static List<String> segment(String token) {
        int n = token.length();
        if (n > 40) {
            return null;
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
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

    /** Joins word pairs that mean one word ("my self", "sewer slide", "over dose"). */
    private static List<String> mergePairs(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i + 1 < words.size() && PAIR_FIRSTS.contains(w)) {
                String merged = PAIRS.get(w + " " + words.get(i + 1));
                if (merged != null) {
                    out.add(merged);
                    i++;
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("my self", "myself"), Map.entry("him self", "himself"), Map.entry("her self", "herself"),
            Map.entry("them selves", "themselves"), Map.entry("them self", "themself"),
            Map.entry("your self", "yourself"), Map.entry("sewer slide", "suicide"),
            Map.entry("sewer side", "suicide"), Map.entry("sui cide", "suicide"), Map.entry("un alive", "unalive"),
            Map.entry("over dose", "overdose"), Map.entry("over dosed", "overdosed"),
            Map.entry("good bye", "goodbye"), Map.entry("k ms", "kill myself"), Map.entry("km s", "kill myself"));

    /** First words of the pairs above: only these can start a pair. */
    private static final java.util.Set<String> PAIR_FIRSTS = firstWords(PAIRS.keySet());

    private static java.util.Set<String> firstWords(java.util.Set<String> pairs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String pair : pairs) {
            out.add(pair.substring(0, pair.indexOf(' ')));
        }
        return out;
    }

    private static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
