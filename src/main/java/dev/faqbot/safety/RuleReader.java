package dev.faqbot.safety;

import static dev.faqbot.yaml.YamlNodes.line;
import static dev.faqbot.yaml.YamlNodes.scalar;

import dev.faqbot.yaml.ProblemSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a pattern rule, written as plain text or as a mapping ({@code id}, {@code triggers}, {@code pattern}), and the
 * English floor's two lists of them: the {@code context:} signals, each with a {@code kind}, and the
 * {@code squashed:} rules, each with a {@code category}.
 */
final class RuleReader {

    private static final Set<String> RULE_KEYS = Set.of("id", "triggers", "pattern", "kind", "category");

    private final ProblemSink problems;
    private final RulePatternCompiler patterns;

    RuleReader(ProblemSink problems, RulePatternCompiler patterns) {
        this.problems = problems;
        this.patterns = patterns;
    }

    /** The floor's {@code context:} block: {@code concerns:} and {@code escalators:}, each a list of rules. */
    void signals(Node node, List<CrisisPhraseFile.SignalItem> out) {
        if (!(node instanceof MappingNode map)) {
            problems.add(line(node), "'context:' holds 'concerns:' and 'escalators:'");
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            List<CrisisPhraseFile.Item> items = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            rules(tuple.getValueNode(), "context " + scalar(tuple.getKeyNode()), items, kinds, null);
            for (int i = 0; i < items.size(); i++) {
                String kind = kinds.get(i);
                CrisisRules.SignalKind signal = kind == null ? null : switch (kind) {
                    case "means" -> CrisisRules.SignalKind.MEANS;
                    case "mood" -> CrisisRules.SignalKind.MOOD;
                    case "time" -> CrisisRules.SignalKind.TIME;
                    case "finality" -> CrisisRules.SignalKind.FINALITY;
                    default -> null;
                };
                if (signal == null) {
                    problems.add(items.get(i).line(), "a context signal needs 'kind:' means, mood, time or finality");
                } else {
                    out.add(new CrisisPhraseFile.SignalItem(items.get(i), signal));
                }
            }
        }
    }

    /** The floor's {@code squashed:} list: rules with a category, run on the text without spaces. */
    void squashed(Node node, Map<CrisisCategory, List<CrisisPhraseFile.Item>> out) {
        List<CrisisPhraseFile.Item> items = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        rules(node, "squashed", items, null, categories);
        for (int i = 0; i < items.size(); i++) {
            CrisisCategory category = CrisisCategory.fromId(String.valueOf(categories.get(i))).orElse(null);
            if (category == null) {
                problems.add(items.get(i).line(), "a squashed rule needs 'category:' one of " + CrisisCategory.ids());
            } else {
                out.get(category).add(items.get(i));
            }
        }
    }

    /** A list of rule mappings; each one's {@code kind} or {@code category} is added to the given list. */
    private void rules(Node node, String what, List<CrisisPhraseFile.Item> out, List<String> kinds,
            List<String> categories) {
        if (!(node instanceof SequenceNode seq)) {
            problems.add(line(node), "'" + what + "' must be a list: one '- id: ...' per rule");
            return;
        }
        for (Node item : seq.getValue()) {
            CrisisPhraseFile.Item rule = rule(item, what);
            if (rule != null) {
                out.add(rule);
                Map<String, String> fields = fields(item);
                if (kinds != null) {
                    kinds.add(fields.get("kind"));
                }
                if (categories != null) {
                    categories.add(fields.get("category"));
                }
            }
        }
    }

    /** A rule written as plain text: the pattern alone; null when broken. */
    CrisisPhraseFile.Item plain(String text, int line) {
        Pattern p = patterns.compile(text, line);
        return p == null ? null : new CrisisPhraseFile.Item(text, line, p);
    }

    /** A rule written as a mapping ({@code id}, {@code triggers}, {@code pattern}); null when broken. */
    CrisisPhraseFile.Item rule(Node node, String what) {
        int line = line(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line, "each entry of '" + what + "' must be text or a mapping with 'pattern:'");
            return null;
        }
        Map<String, String> fields = fields(node);
        for (String key : fields.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                problems.add(line, "unknown key '" + key + "' in '" + what + "': use id, triggers and pattern");
                return null;
            }
        }
        String text = fields.get("pattern");
        if (text == null || text.isBlank()) {
            problems.add(line, "an entry of '" + what + "' has no 'pattern:': write the regex");
            return null;
        }
        Set<String> triggers = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if ("triggers".equals(scalar(tuple.getKeyNode()))) {
                triggers = triggers(tuple.getValueNode(), line);
            }
        }
        Pattern p = patterns.compile(text, line);
        return p == null ? null : new CrisisPhraseFile.Item(text, line, p, fields.get("id"), triggers);
    }

    /** Trigger words: lower-case letters and digits, at least one. */
    private Set<String> triggers(Node node, int line) {
        Set<String> out = new LinkedHashSet<>();
        if (node instanceof SequenceNode seq) {
            for (Node word : seq.getValue()) {
                String w = scalar(word);
                if (w == null || !w.matches("[a-z0-9]+")) {
                    problems.add(line(word), "a trigger is one lower-case word (letters and digits)");
                } else {
                    out.add(w);
                }
            }
        }
        if (out.isEmpty()) {
            problems.add(line, "'triggers:' must list at least one word, e.g. [suicid]; leave it out to try the"
                    + " rule on every message");
        }
        return out;
    }

    /** The scalar fields of a mapping node. */
    private static Map<String, String> fields(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                String key = scalar(tuple.getKeyNode());
                if (key != null) {
                    String value = scalar(tuple.getValueNode());
                    out.put(key, value == null ? "" : value);
                }
            }
        }
        return out;
    }
}
