package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits raw tokens into word pieces: edge symbols stripped, contractions expanded, spaced letters joined. */
final class RawTokenSplitter {

    private static final Set<String> IS_BEFORE_S = Set.of("it", "he", "she", "that", "what", "there", "who", "where",
            "here", "how", "when", "why", "everything", "nothing", "life", "everyone", "someone", "something", "this",
            "one");

    private RawTokenSplitter() {
    }

    private static boolean isEdgeSymbol(char c) {
        return c == '!' || c == '|' || c == '+' || c == '*' || c == '.' || c == '-' || c == '_' || c == '\''
                || c == '@';
    }

    /** Strips edge punctuation, expands apostrophe contractions and splits or joins dotted/hyphenated parts. */
    static void splitRawToken(String token, List<String> pieces) {
        int a = 0;
        int b = token.length();
        while (a < b && isEdgeSymbol(token.charAt(a)) && !(token.charAt(a) == '@' && a + 1 < b
                && CharacterFolder.isLetter(token.charAt(a + 1)))) {
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

    /** Joins runs of single characters typed apart ("s u i c i d e", "k m s") when they spell something known. */
    static List<String> joinSpacedLetters(List<String> pieces) {
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
                WordRepairer.canonical(word, probe, 0);
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
}
