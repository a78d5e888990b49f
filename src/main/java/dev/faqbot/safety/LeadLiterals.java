package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out the literal words a regex must start with ({@code (?:kill|end) my life} starts with "kill" or
 * "end"), so the screen only tries a pattern where one of them begins a word. Returns null when it cannot
 * tell; such patterns are run over the whole text instead.
 */
final class LeadLiterals {

    private LeadLiterals() {
    }

    /** The possible leading literals of a word-start pattern (leading {@code \b} allowed), or null. */
    static Set<String> of(String regex) {
        String r = regex.startsWith("\\b") ? regex.substring(2) : regex;
        Set<String> leads = alternatives(r);
        if (leads == null || leads.isEmpty()) {
            return null;
        }
        for (String lead : leads) {
            if (lead.isEmpty() || lead.charAt(0) == ' ') {
                return null;
            }
        }
        return leads;
    }

    private static Set<String> alternatives(String r) {
        List<String> alts = splitTopLevel(r);
        if (alts == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String alt : alts) {
            Set<String> leads = sequence(alt);
            if (leads == null) {
                return null;
            }
            out.addAll(leads);
        }
        return out;
    }

    private static Set<String> sequence(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        if (c == '(') {
            int innerStart;
            if (s.startsWith("(?:")) {
                innerStart = 3;
            } else if (s.startsWith("(?")) {
                return null;
            } else {
                innerStart = 1;
            }
            int close = RegexReader.closing(s, 0);
            if (close < 0) {
                return null;
            }
            if (close + 1 < s.length()) {
                char q = s.charAt(close + 1);
                if (q == '?' || q == '*' || q == '{') {
                    return null;
                }
            }
            return alternatives(s.substring(innerStart, close));
        }
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == ' ') {
                lit.append(ch);
                i++;
            } else {
                break;
            }
        }
        if (i < s.length()) {
            char q = s.charAt(i);
            if ((q == '?' || q == '*' || q == '{') && lit.length() > 0) {
                lit.setLength(lit.length() - 1);
            }
        }
        if (lit.length() == 0) {
            return null;
        }
        Set<String> one = new LinkedHashSet<>();
        one.add(lit.toString());
        return one;
    }

    /** Splits on {@code |} outside groups and classes; null if the brackets do not balance. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                if (ch == ']') {
                    inClass = false;
                }
                continue;
            }
            switch (ch) {
                case '[' -> inClass = true;
                case '(' -> depth++;
                case ')' -> depth--;
                case '|' -> {
                    if (depth == 0) {
                        parts.add(s.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> { }
            }
            if (depth < 0) {
                return null;
            }
        }
        if (depth != 0 || inClass) {
            return null;
        }
        parts.add(s.substring(start));
        return parts;
    }
}
