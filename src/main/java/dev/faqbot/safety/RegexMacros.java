package dev.faqbot.safety;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} shorthands rule patterns may use ({@code {pills}}, {@code {person}}), defined under
 * {@code macros:} in the English floor and expanded before a pattern is compiled.
 */
record RegexMacros(Map<String, String> table) {

    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)\\}");
    private static final int MAX_DEPTH = 4;

    RegexMacros {
        table = Map.copyOf(table);
    }

    /** The English floor's macros, which every rule file may use. */
    static RegexMacros floor() {
        return CrisisPhraseFile.englishFloor().macros();
    }

    /** Expands {@code {name}} macros (recursively, a few levels deep); unknown names are left as they are. */
    String expand(String regex) {
        String current = regex;
        for (int depth = 0; depth < MAX_DEPTH && current.indexOf('{') >= 0; depth++) {
            Matcher m = MACRO.matcher(current);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String body = table.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(body != null ? body : m.group()));
                changed |= body != null;
            }
            m.appendTail(sb);
            current = sb.toString();
            if (!changed) {
                break;
            }
        }
        return current;
    }
}
