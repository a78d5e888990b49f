package dev.faqbot.safety;

import static dev.faqbot.yaml.YamlNodes.isNull;
import static dev.faqbot.yaml.YamlNodes.line;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the lists of a crisis rule file: the phrases, patterns and examples of each category under
 * {@code categories:}, and the {@code idioms:}. An entry is plain text or, for patterns and idioms, a rule mapping.
 */
final class PhraseListReader {

    private static final Set<String> CATEGORY_KEYS = Set.of("phrases", "patterns", "examples");

    private final CrisisFileProblems problems;
    private final RuleReader rules;

    PhraseListReader(CrisisFileProblems problems, RuleReader rules) {
        this.problems = problems;
        this.rules = rules;
    }

    /** The {@code categories:} block into the file's phrases, patterns and examples per category. */
    void categories(Node node, CrisisPhraseFile.Content out) {
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(line(node), "'categories:' must hold the categories, e.g. '  self-harm:' on the next"
                    + " line, indented");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = problems.key(tuple);
            if (key == null) {
                continue;
            }
            CrisisCategory category = CrisisCategory.fromId(key).orElse(null);
            if (category == null) {
                problems.add(line(tuple.getKeyNode()), "unknown category '" + key + "': use one of "
                        + CrisisCategory.ids());
                continue;
            }
            if (!seen.add(key)) {
                problems.add(line(tuple.getKeyNode()), "category '" + key + "' appears twice: merge them");
                continue;
            }
            Node body = tuple.getValueNode();
            if (isNull(body)) {
                continue;
            }
            if (!(body instanceof MappingNode fields)) {
                problems.add(line(body), "category '" + key + "' must hold 'phrases:', 'patterns:' and/or"
                        + " 'examples:'");
                continue;
            }
            category(fields, key, category, out);
        }
    }

    private void category(MappingNode fields, String key, CrisisCategory category, CrisisPhraseFile.Content out) {
        Set<String> seenFields = new HashSet<>();
        for (NodeTuple field : fields.getValue()) {
            String f = problems.key(field);
            if (f == null) {
                continue;
            }
            if (!CATEGORY_KEYS.contains(f)) {
                problems.add(line(field.getKeyNode()), "unknown key '" + f + "' under '" + key
                        + "': use phrases, patterns or examples");
                continue;
            }
            if (!seenFields.add(f)) {
                problems.add(line(field.getKeyNode()), "'" + f + "' appears twice under '" + key
                        + "': merge the two lists");
                continue;
            }
            switch (f) {
                case "phrases" -> list(field.getValueNode(), key + " phrases", out.phrases().get(category), false);
                case "patterns" -> list(field.getValueNode(), key + " patterns", out.patterns().get(category), true);
                default -> examples(field.getValueNode(), key, out.examples().get(category));
            }
        }
    }

    private void examples(Node node, String category, List<CrisisPhraseFile.Item> out) {
        for (Node item : entries(node, "'" + category + " examples' must be a list: one '- message' per line")) {
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(line(item), "an example must be one line of text: quote it");
                continue;
            }
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.add(line(item), "empty example: write the message or delete the line");
                continue;
            }
            out.add(new CrisisPhraseFile.Item(text, line(item), null));
        }
    }

    /** A list of phrases ({@code regex} false) or patterns; idioms and patterns may also be rule mappings. */
    void list(Node node, String what, List<CrisisPhraseFile.Item> out, boolean regex) {
        for (Node item : entries(node, "'" + what + "' must be a list: one '- item' per line")) {
            int line = line(item);
            if (item instanceof MappingNode && (regex || what.equals("idioms"))) {
                CrisisPhraseFile.Item rule = rules.rule(item, what);
                if (rule != null) {
                    out.add(rule);
                }
                continue;
            }
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(line, "each entry of '" + what + "' must be plain text: quote it");
                continue;
            }
            String text = scalar.getValue();
            if (text.isBlank()) {
                problems.add(line, "empty " + (regex ? "pattern" : "phrase") + ": write the words or delete the line");
                continue;
            }
            if (regex) {
                CrisisPhraseFile.Item rule = rules.plain(text, line);
                if (rule != null) {
                    out.add(rule);
                }
            } else {
                String normalised = ScreeningNormalizer.normalize(text);
                if (normalised.isEmpty()) {
                    problems.add(line, "phrase '" + text + "' has no words once punctuation is removed: write"
                            + " words");
                    continue;
                }
                out.add(new CrisisPhraseFile.Item(normalised, line, null));
            }
        }
    }

    /** The entries of a list: none for an empty value, none and a problem for a value that is not a list. */
    private List<Node> entries(Node node, String notAList) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(line(node), notAList);
            return List.of();
        }
        return seq.getValue();
    }
}
