package dev.faqbot.safety;

import java.util.LinkedHashSet;
import java.util.Set;

/** Reads a regex left to right, with the steps both regex analyses take alike: groups, classes and escapes. */
abstract class RegexReader {

    /** Stands for {@code \b} inside spelled-out strings until they become literals. */
    static final char BOUNDARY = '\u0001';

    /** Just the empty string: what an anchor matches. */
    static final Set<String> EMPTY_STRING = Set.of("");

    final String re;
    int pos;

    RegexReader(String re) {
        this.re = re;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping escapes and classes; -1 if none. */
    static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char ch = regex.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (inClass) {
                inClass = ch != ']';
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Thrown for what the analyses do not model; the caller then gives up on the whole pattern. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the opening of a group, up to its contents, refusing inline flags such as {@code (?i)} (they change what
     * the literals mean); true for a lookaround, which consumes nothing.
     */
    boolean openGroup() {
        pos++; // (
        boolean lookaround = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1; // named group
            } else {
                throw new Unsupported();
            }
        }
        return lookaround;
    }

    /** How many copies of the atom before it a quantifier allows; {@code max} is {@link Integer#MAX_VALUE} for no bound. */
    record Quantifier(int min, int max) {
    }

    /** Reads the quantifier at {@code pos} (with its lazy or possessive mark), or returns null when there is none. */
    Quantifier quantifier() {
        if (pos >= re.length()) {
            return null;
        }
        char c = re.charAt(pos);
        Quantifier q;
        if (c == '?') {
            q = new Quantifier(0, 1);
        } else if (c == '*') {
            q = new Quantifier(0, Integer.MAX_VALUE);
        } else if (c == '+') {
            q = new Quantifier(1, Integer.MAX_VALUE);
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String body = re.substring(pos + 1, close);
            int comma = body.indexOf(',');
            int min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
            int max = comma < 0 ? min : body.substring(comma + 1).isBlank() ? Integer.MAX_VALUE
                    : Integer.parseInt(body.substring(comma + 1).strip());
            q = new Quantifier(min, max);
            pos = close;
        } else {
            return null;
        }
        pos++;
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        return q;
    }

    /** The character an atom starts with; a quantifier there (nothing to repeat) is refused. */
    char atomStart() {
        char c = re.charAt(pos);
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            throw new Unsupported();
        }
        return c;
    }

    /** Reads the parenthesis that closes a group. */
    void closeGroup() {
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unsupported();
        }
        pos++;
    }

    /** Reads a character class: the characters it can match when they are a short plain list, null otherwise. */
    Set<String> charClass() {
        int start = pos;
        pos++; // [
        boolean simple = true;
        Set<String> chars = new LinkedHashSet<>();
        if (pos < re.length() && re.charAt(pos) == '^') {
            simple = false;
            pos++;
        }
        boolean first = true;
        int depth = 1;
        while (pos < re.length()) {
            char ch = re.charAt(pos);
            if (ch == '\\') {
                if (pos + 1 >= re.length()) {
                    throw new Unsupported();
                }
                char e = re.charAt(pos + 1);
                if (Character.isLetterOrDigit(e)) {
                    simple = false; // \w, \d, \p{..}, \x41...: not a short list of characters
                    if (e == 'p' || e == 'P') {
                        int close = re.indexOf('}', pos);
                        if (close > 0 && re.startsWith("{", pos + 2)) {
                            pos = close + 1;
                            first = false;
                            continue;
                        }
                    }
                    if (e == 'x' || e == 'u' || e == '0' || e == 'c' || e == 'Q') {
                        throw new Unsupported();
                    }
                } else {
                    chars.add(String.valueOf(e));
                }
                pos += 2;
                first = false;
                continue;
            }
            if (ch == '[') {
                simple = false;
                depth++;
            } else if (ch == ']' && !first) {
                depth--;
                if (depth == 0) {
                    pos++;
                    break;
                }
            } else if (ch == '&' || (ch == '-' && !first && pos + 1 < re.length() && re.charAt(pos + 1) != ']')) {
                simple = false; // ranges and intersections
            } else {
                chars.add(String.valueOf(ch));
            }
            first = false;
            pos++;
        }
        if (depth != 0) {
            throw new Unsupported();
        }
        if (!simple || chars.isEmpty() || chars.size() > 12 || pos - start > 40) {
            return null;
        }
        return chars;
    }

    /**
     * Reads an escape: the strings it can match ({@link #BOUNDARY} for {@code \b}, {@link #EMPTY_STRING} for the
     * other anchors, else one character), null when they are not a short list.
     */
    Set<String> escape() {
        if (pos + 1 >= re.length()) {
            throw new Unsupported();
        }
        char e = re.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'b':
                return Set.of(String.valueOf(BOUNDARY));
            case 'B', 'A', 'z', 'Z', 'G':
                return EMPTY_STRING;
            case 'w', 'W', 'd', 'D', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return null;
            case 'p', 'P':
                if (pos < re.length() && re.charAt(pos) == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    pos++;
                }
                return null;
            case 'k':
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
                return null;
            default:
                if (e >= '1' && e <= '9') {
                    while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
                        pos++;
                    }
                    return null; // a back-reference matches whatever its group did
                }
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported(); // \n, \t, \x41, \u0041, \0, \Q...: not worth modelling
                }
                return Set.of(String.valueOf(e));
        }
    }
}
