package dev.faqbot.safety;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Works out the most spaces a match of a regex can contain, so the index knows how many words a match spans. */
final class RegexSpans extends RegexReader {

    /** No bound: the pattern can match any number of words. */
    static final int UNBOUNDED = -1;

    private static final long INFINITE = Long.MAX_VALUE / 4;

    /** Spans of patterns seen before (the built-in floor is analysed once, not at every reload). */
    private static final Map<String, Integer> SPANS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    private RegexSpans(String re) {
        super(re);
    }

    /**
     * The most spaces a match of {@code regex} can contain (so it spans at most that many words plus one), or
     * {@link #UNBOUNDED} when it cannot tell or there is no limit ({@code .*}, {@code \s+}, {@code [^x]}).
     */
    static int maxSpaces(String regex) {
        Integer known = SPANS.get(regex);
        if (known != null) {
            return known;
        }
        int span = spanOf(regex);
        if (SPANS.size() < CACHE_LIMIT) {
            SPANS.put(regex, span);
        }
        return span;
    }

    private static int spanOf(String regex) {
        try {
            RegexSpans parser = new RegexSpans(regex);
            long n = parser.spanAlternation();
            return parser.pos == regex.length() && n < 10_000 ? (int) n : UNBOUNDED;
        } catch (RuntimeException | StackOverflowError e) {
            return UNBOUNDED;
        }
    }

    private long spanAlternation() {
        long max = spanSequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            max = Math.max(max, spanSequence());
        }
        return max;
    }

    private long spanSequence() {
        long sum = 0;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            long one = spanAtom();
            long times = spanQuantifier();
            long item = one == 0 ? 0 : times == INFINITE || one >= INFINITE ? INFINITE : one * times;
            sum = Math.min(INFINITE, sum + item);
        }
        return sum;
    }

    /** How many copies the quantifier after an atom allows (1 when there is none). */
    private long spanQuantifier() {
        Quantifier q = quantifier();
        return q == null ? 1 : q.max() == Integer.MAX_VALUE ? INFINITE : q.max();
    }

    private long spanAtom() {
        char c = atomStart();
        switch (c) {
            case '(': {
                boolean lookaround = openGroup(); // refuses what the literal analysis refuses
                long inner = spanAlternation();
                closeGroup();
                return lookaround ? 0 : inner;
            }
            case '[': {
                int start = pos;
                Set<String> cls = charClass();
                if (cls == null) {
                    String body = re.substring(start, pos);
                    // \w, \d and ranges of letters or digits never match a space; anything else might
                    return body.matches("\\[(?:\\\\[wd]|[a-z0-9]-[a-z0-9]|[a-z0-9])+\\]") ? 0 : INFINITE;
                }
                return cls.contains(" ") ? 1 : 0;
            }
            case '\\': {
                char e = re.charAt(pos + 1);
                Set<String> lit = escape();
                if (e == 'w' || e == 'd' || e == 'S' || e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z'
                        || e == 'G') {
                    return 0;
                }
                if (lit != null && lit.size() == 1) {
                    return lit.contains(" ") ? 1 : 0;
                }
                return INFINITE;
            }
            case '.':
                pos++;
                return INFINITE;
            case '^':
            case '$':
                pos++;
                return 0;
            default:
                pos++;
                return c == ' ' ? 1 : 0;
        }
    }
}
