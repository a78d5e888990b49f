package dev.faqbot.safety;

import java.util.HashMap;
import java.util.Map;

/** Stretched or doubled letters undone ({@code diiiie}, {@code killl}, {@code soooo}). */
final class StretchedLetters {

    /** Each key word by its skeleton (every run of a letter kept once), the first listed winning. */
    private static final Map<String, String> SKELETONS = new HashMap<>();

    static {
        for (String key : ScreeningLexicon.KEY_WORDS) {
            SKELETONS.putIfAbsent(skeleton(key), key);
        }
        for (String word : ScreeningLexicon.FUZZY_KEYS) {
            SKELETONS.putIfAbsent(skeleton(word), word);
        }
    }

    private StretchedLetters() {
    }

    /** The word meant, or null when no letter is doubled or the token reads as it is. */
    static String unstretch(String token) {
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
            if (WordRepairer.known(two)) {
                return two;
            }
            String one = collapse(token, 1);
            if (WordRepairer.known(one)) {
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
}
