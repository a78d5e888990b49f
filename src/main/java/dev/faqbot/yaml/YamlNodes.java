package dev.faqbot.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads values out of the node tree {@link StaffYaml} parses: fields, texts and lists of texts, each with its line,
 * and a problem with that line wherever a value has the wrong shape.
 */
public final class YamlNodes {

    private YamlNodes() {
    }

    /** A field of a mapping: its value node and the line of its key. */
    public record Field(String key, Node value, int line) {
    }

    /** A text value with the line it is on. */
    public record Text(String value, int line) {
    }

    /** The fields of a nested block ({@code es:}), or null with a problem when it is not a mapping. */
    public static Map<String, Field> fields(Field block, ProblemSink problems) {
        if (!(block.value() instanceof MappingNode mapping)) {
            problems.add(block.line(), "'" + block.key() + "' must be a block of 'field: value' lines");
            return null;
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), new Field(key.getValue(), tuple.getValueNode(), line(tuple.getKeyNode())));
            }
        }
        return fields;
    }

    /** A single text value, or null with a problem when the node is a list or mapping. */
    public static Text text(Field field, ProblemSink problems) {
        if (field.value() instanceof ScalarNode scalar) {
            return new Text(scalar.getValue(), line(scalar));
        }
        problems.add(field.line(), "'" + field.key() + "' must be a single text value");
        return null;
    }

    /** A block of {@code key: text} lines as key to stripped text; a problem for a value that is not text. */
    public static Map<String, String> textBlock(Field block, ProblemSink problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Field> fields = fields(block, problems);
        for (Field field : fields == null ? List.<Field>of() : fields.values()) {
            Text text = text(field, problems);
            if (text != null) {
                texts.put(field.key(), text.value().strip());
            }
        }
        return texts;
    }

    /** A list of text values ({@code - item} lines or {@code [a, b]}); a single value counts as a list of one. */
    public static List<Text> texts(Field field, ProblemSink problems) {
        List<Text> items = new ArrayList<>();
        if (field.value() instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) {
                items.add(new Text(scalar.getValue(), line(scalar)));
            }
        } else if (field.value() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    items.add(new Text(scalar.getValue(), line(scalar)));
                } else {
                    problems.add(line(item), "each item of '" + field.key() + "' must be plain text; quote it if it contains ': '");
                }
            }
        } else {
            problems.add(field.line(), "'" + field.key() + "' must be a list of '- item' lines");
        }
        return items;
    }

    /** The text of a scalar node, or null for a list or mapping. */
    public static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** True for an empty value or {@code ~}: a key with nothing under it. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null"));
    }

    /** The line a node starts on, from 1 (0 when unknown). */
    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
