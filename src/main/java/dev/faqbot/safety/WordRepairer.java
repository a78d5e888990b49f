package dev.faqbot.safety;

import java.util.List;

/**
 * Repairs one token into canonical words: slang, misspellings, leetspeak ({@link LeetSpeak}), censoring, stretching
 * ({@link StretchedLetters}) and typos ({@link KeyWordTypos}) undone.
 */
final class WordRepairer {

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
            String decoded = LeetSpeak.decode(token, hasLetter);
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
        String restretched = StretchedLetters.unstretch(token);
        if (restretched != null) {
            canonical(restretched, out, depth + 1);
            return;
        }
        if (token.length() >= 3 && token.length() <= 4) {
            String swapped = KeyWordTypos.swapped(token);
            if (swapped != null) {
                out.add(swapped);
                return;
            }
        }
        if (token.length() >= 5) {
            String near = KeyWordTypos.near(token);
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

    /** True for a word the lexicon knows (vocabulary, slang or a known misspelling). */
    static boolean known(String w) {
        return ScreeningLexicon.VOCABULARY.contains(w) || ScreeningLexicon.SLANG.containsKey(w)
                || ScreeningLexicon.MISSPELLINGS.containsKey(w);
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
}
