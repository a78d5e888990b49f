package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works out what text a regex cannot match without: {@code (?:want|wish) to (?:\w+ )?die} needs "want to " or
 * "wish to ", and "die". The screen runs a pattern only on messages that contain what it needs, so a message
 * pays only for the few rules it could possibly trip. The condition is always necessary, never sufficient: it
 * may let a pattern run that then fails, but it never skips one that would match. Anything the analysis does
 * not understand (inline flags, {@code \Q}, hex escapes) counts as "needs nothing", so the pattern always runs.
 *
 * <p>A word boundary {@code \b} next to a letter becomes a space in the literal ({@code \bod\b} needs " od "),
 * which is exact for text made only of lower-case letters, digits and spaces and looked at with a space added
 * before and after it; {@link LiteralScanner} does exactly that and refuses any other text.
 */
final class RequiredLiterals extends RegexReader {

    /** A necessary condition: a literal that must occur, or all / any of the parts. */
    static final class Cond {
        final String literal;
        final boolean all;
        final List<Cond> parts;

        private Cond(String literal, boolean all, List<Cond> parts) {
            this.literal = literal;
            this.all = all;
            this.parts = parts;
        }

        static Cond literal(String s) {
            return new Cond(s, false, List.of());
        }

        static Cond of(boolean all, List<Cond> parts) {
            List<Cond> flat = new ArrayList<>();
            for (Cond p : parts) {
                if (p.literal == null && p.all == all) {
                    flat.addAll(p.parts); // any of (any of ...) is one "any of"; the same for "all of"
                } else {
                    flat.add(p);
                }
            }
            return flat.size() == 1 ? flat.get(0) : new Cond(null, all, List.copyOf(flat));
        }

        @Override
        public String toString() {
            if (literal != null) {
                return "'" + literal + "'";
            }
            List<String> p = new ArrayList<>();
            for (Cond c : parts) {
                p.add(c.toString());
            }
            return (all ? "ALL" : "ANY") + p;
        }
    }

    /** Most strings an alternation or concatenation is spelled out into before it is summarised. */
    private static final int MAX_EXACT = 16;

    /** Literals shorter than this occur in nearly every message: a part that needs one is dropped. */
    private static final int MIN_USEFUL = 3;

    /** Longer literals are cut to their start (what a string needs, its start needs too): a smaller table. */
    private static final int MAX_LITERAL = 12;

    private RequiredLiterals(String re) {
        super(re);
    }

    /** Analyses of patterns seen before (the built-in floor is analysed once, not at every reload). */
    private static final Map<String, Optional<Cond>> NEEDS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    /** What {@code regex} needs, or null when it needs nothing the analysis can name (the pattern always runs). */
    static Cond of(String regex) {
        Optional<Cond> known = NEEDS.get(regex);
        if (known != null) {
            return known.orElse(null);
        }
        Cond cond = analyse(regex);
        if (NEEDS.size() < CACHE_LIMIT) {
            NEEDS.put(regex, Optional.ofNullable(cond));
        }
        return cond;
    }

    private static Cond analyse(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Info info = parser.alternation(NOTHING);
            if (parser.pos != regex.length()) {
                return null;
            }
            return info.toCond();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** No bound: the pattern can match any number of words. */
    static final int UNBOUNDED = RegexSpans.UNBOUNDED;

    /** The most spaces a match of {@code regex} can contain, or {@link #UNBOUNDED}: see {@link RegexSpans}. */
    static int maxSpaces(String regex) {
        return RegexSpans.maxSpaces(regex);
    }

    /** What a plain phrase needs: its own text (or its start). */
    static Cond ofPhrase(String phrase) {
        return new Info(Set.of(phrase), null).toCond();
    }

    /**
     * What one piece of a regex can match: every string it can match when that set is small ({@code exact}),
     * otherwise a necessary condition ({@code cond}, null for none).
     */
    private record Info(Set<String> exact, Cond cond) {
        static final Info EMPTY = new Info(EMPTY_STRING, null);
        static final Info ANY = new Info(null, null);

        Cond toCond() {
            if (exact == null) {
                return cond;
            }
            Set<String> cut = new LinkedHashSet<>();
            for (String raw : exact) {
                String s = resolveBoundaries(raw);
                if (s == null) {
                    continue; // a boundary between two letters: this spelling can never match
                }
                if (s.length() < MIN_USEFUL) {
                    return null;
                }
                cut.add(s.length() > MAX_LITERAL ? s.substring(0, MAX_LITERAL) : s);
            }
            List<Cond> any = new ArrayList<>();
            for (String s : cut) {
                any.add(Cond.literal(s));
            }
            return any.isEmpty() ? null : Cond.of(false, any);
        }
    }

    /**
     * Replaces each boundary mark by what it implies: nothing between a letter and a space, a space before a
     * leading letter or after a trailing one, nothing when the neighbour is unknown; null when impossible.
     */
    private static String resolveBoundaries(String s) {
        if (s.indexOf(BOUNDARY) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != BOUNDARY) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < s.length() && s.charAt(j) == BOUNDARY) {
                j++;
            }
            boolean hasPrev = out.length() > 0;
            boolean hasNext = j < s.length();
            if (hasPrev && hasNext) {
                if (isWord(out.charAt(out.length() - 1)) == isWord(s.charAt(j))) {
                    return null;
                }
            } else if (hasNext && isWord(s.charAt(j))) {
                out.append(' ');
            } else if (hasPrev && isWord(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            i = j - 1;
        }
        return out.toString();
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The empty prefix. */
    private static final Set<String> NOTHING = Set.of("");

    /** Alternatives, each read as if {@code prefix} stood right before it ({@code p(a|b)} is {@code pa|pb}). */
    private Info alternation(Set<String> prefix) {
        List<Info> alts = new ArrayList<>();
        alts.add(sequence(prefix));
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(sequence(prefix));
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        Set<String> union = new LinkedHashSet<>();
        for (Info a : alts) {
            if (a.exact() == null || union.size() + a.exact().size() > MAX_EXACT) {
                union = null;
                break;
            }
            union.addAll(a.exact());
        }
        if (union != null) {
            return new Info(union, null);
        }
        List<Cond> any = new ArrayList<>();
        for (Info a : alts) {
            Cond c = a.toCond();
            if (c == null) {
                return Info.ANY; // one branch needs nothing, so the whole needs nothing
            }
            any.add(c);
        }
        return new Info(null, Cond.of(false, any));
    }

    private Info sequence(Set<String> prefix) {
        List<Cond> all = new ArrayList<>();
        Set<String> current = prefix;
        boolean exactSoFar = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Info item;
            if (current != NOTHING && current.size() == 1 && plainGroupAhead()) {
                item = group(current); // what precedes goes inside the group, onto each alternative
                current = NOTHING;
            } else {
                item = quantified(atom());
            }
            if (item.exact() != null && (long) current.size() * item.exact().size() <= MAX_EXACT) {
                current = product(current, item.exact());
                continue;
            }
            exactSoFar = false;
            add(all, new Info(current, null).toCond());
            if (item.exact() != null) {
                current = item.exact();
            } else {
                add(all, item.cond());
                current = Set.of("");
            }
        }
        if (exactSoFar) {
            return new Info(current, null);
        }
        add(all, new Info(current, null).toCond());
        return all.isEmpty() ? Info.ANY : new Info(null, Cond.of(true, all));
    }

    private static void add(List<Cond> all, Cond c) {
        if (c != null) {
            all.add(c);
        }
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private Info quantified(Info atom) {
        Quantifier q = quantifier();
        if (q == null) {
            return atom;
        }
        int min = q.min();
        int max = q.max();
        if (min == 0) {
            if (max == 1 && atom.exact() != null && atom.exact().size() < MAX_EXACT) {
                Set<String> opt = new LinkedHashSet<>(atom.exact());
                opt.add("");
                return new Info(opt, null);
            }
            return Info.ANY;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        return new Info(null, atom.toCond()); // at least one copy, so whatever one copy needs
    }

    private Info atom() {
        char c = atomStart();
        switch (c) {
            case '(':
                return group();
            case '[':
                return new Info(charClass(), null);
            case '\\':
                return new Info(escape(), null);
            case '.':
                pos++;
                return Info.ANY;
            case '^':
            case '$':
                pos++;
                return Info.EMPTY;
            default:
                pos++;
                return new Info(Set.of(String.valueOf(c)), null);
        }
    }

    /** True when a group that keeps what it matches, with no quantifier after it, starts here. */
    private boolean plainGroupAhead() {
        if (re.charAt(pos) != '(' || re.startsWith("(?=", pos) || re.startsWith("(?!", pos)
                || re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos)) {
            return false;
        }
        if (re.startsWith("(?", pos) && !re.startsWith("(?:", pos)) {
            return false;
        }
        int close = closing(re, pos);
        if (close < 0) {
            return false;
        }
        char after = close + 1 < re.length() ? re.charAt(close + 1) : ')';
        return after != '?' && after != '*' && after != '+' && after != '{';
    }

    private Info group() {
        return group(NOTHING);
    }

    private Info group(Set<String> prefix) {
        boolean lookaround = openGroup();
        Info inner = alternation(lookaround ? NOTHING : prefix);
        closeGroup();
        return lookaround ? Info.EMPTY : inner; // a lookaround consumes nothing; ignoring it only weakens
    }
}
