package dev.faqbot.safety;

import java.text.Normalizer;

/** Folds a raw message to lower-case ASCII: accents and look-alikes mapped, in-word symbols kept, the rest spaces. */
final class CharacterFolder {

    private CharacterFolder() {
    }

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

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
