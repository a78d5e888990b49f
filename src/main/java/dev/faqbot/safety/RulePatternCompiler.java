package dev.faqbot.safety;

import dev.faqbot.yaml.ProblemSink;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a rule file's pattern once its {@code {name}} macros are expanded, and refuses a pattern that would
 * misfire: capital letters (patterns run on lower-case text), a regex Java cannot compile, or one that matches an
 * empty message and so would flag every message.
 */
final class RulePatternCompiler {

    private final RegexMacros macros;
    private final ProblemSink problems;

    RulePatternCompiler(RegexMacros macros, ProblemSink problems) {
        this.macros = macros;
        this.problems = problems;
    }

    /** The compiled pattern, or null with a problem at {@code line}. */
    Pattern compile(String text, int line) {
        String expanded = macros.expand(text.strip());
        for (int i = 0; i < expanded.length(); i++) {
            char c = expanded.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || expanded.charAt(i - 1) != '\\') && !insideProperty(expanded, i)) {
                problems.add(line, "pattern '" + text + "' has capital letters, but patterns run on lower-case"
                        + " text: write it in lower case");
                return null;
            }
        }
        Pattern p;
        try {
            p = Pattern.compile(expanded);
        } catch (PatternSyntaxException e) {
            problems.add(line, "pattern '" + text + "' is not a valid Java regex (" + oneLine(e.getDescription())
                    + " near position " + e.getIndex() + "): fix it, or write it as a plain phrase instead");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(line, "pattern '" + text + "' cannot be compiled: simplify it");
            return null;
        }
        try {
            if (p.matcher("").find() || p.matcher(" ").find()) {
                problems.add(line, "pattern '" + text + "' matches an empty message and would flag every"
                        + " message: make it require at least one word");
                return null;
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(line, "pattern '" + text + "' fails on an empty message: simplify it");
            return null;
        }
        return p;
    }

    /** True when the capital at {@code index} names a Unicode property ({@code \p{Lu}}), not a letter to match. */
    private static boolean insideProperty(String regex, int index) {
        int open = regex.lastIndexOf('{', index);
        return open >= 2 && regex.charAt(open - 2) == '\\' && (regex.charAt(open - 1) == 'p'
                || regex.charAt(open - 1) == 'P') && regex.indexOf('}', open) > index;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
