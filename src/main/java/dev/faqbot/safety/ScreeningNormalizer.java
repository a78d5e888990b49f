package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a visitor's message into the form crisis rules are written against: lower-case ASCII words
 * separated by single spaces, with accents, look-alike letters, leetspeak ({@code k1ll}, {@code $uicide}),
 * spaced or dotted letters ({@code s u i c i d e}, {@code k.m.s}), stretched letters ({@code diiiie}),
 * common misspellings, chat slang ({@code kms}, {@code wanna}) and contractions ({@code don't},
 * {@code dont} → {@code do not}) undone. Punctuation and emoji become word breaks.
 *
 * <p>Never throws: on any internal failure it falls back to a plain lower-casing of letters and digits.
 * Linear in the length of the input; stateless and thread-safe.
 *
 * <p>The steps, in order: {@code CharacterFolder}, {@code RawTokenSplitter}, {@code WordRepairer} (which calls
 * {@code GluedWordSegmenter}) and {@code WordPairMerger}.
 */
final class ScreeningNormalizer {

    private ScreeningNormalizer() {
    }

    /** The screening form of {@code raw}; empty for null or blank input. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        try {
            return join(words(CharacterFolder.mapCharacters(raw)));
        } catch (RuntimeException | StackOverflowError e) {
            ScreeningFallbacks.record();
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
                RawTokenSplitter.splitRawToken(mapped.substring(start, i), pieces);
            }
        }
        List<String> joined = RawTokenSplitter.joinSpacedLetters(pieces);
        List<String> out = new ArrayList<>(joined.size() + 4);
        for (String piece : joined) {
            WordRepairer.canonical(piece, out, 0);
        }
        return WordPairMerger.mergePairs(out);
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
