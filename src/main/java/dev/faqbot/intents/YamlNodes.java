package dev.faqbot.intents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads staff-written YAML as a node tree, so every value keeps its line number and stays the text
 * staff typed: {@code - no} is the word "no", never {@code false} (YAML 1.1 typing is not applied).
 */
public final class YamlNodes {

    private YamlNodes() {
    }

    /** A top-level field: its value node and the line of its key. */
    public record Field(String key, Node value, int line) {
    }

    /** A text value with the line it is on. */
    public record Text(String value, int line) {
    }

    /**
     * Parses a file whose top level must be a mapping; syntax errors become problems.
     *
     * @return the top-level fields in file order, or null when the file could not be read
     */
    public static Map<String, Field> readMapping(Path file, String displayName, List<IntentProblem> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (!(root instanceof MappingNode mapping)) {
                problems.add(new IntentProblem(displayName, 1,
                        "the file must be a set of 'field: value' lines (see intents/effects-duration.yml)"));
                return null;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                int line = line(tuple.getKeyNode());
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (fields.containsKey(key.getValue())) {
                        problems.add(new IntentProblem(displayName, line,
                                "'" + key.getValue() + "' appears twice; keep one"));
                    }
                    fields.put(key.getValue(), new Field(key.getValue(), tuple.getValueNode(), line));
                }
            }
            return fields;
        } catch (MarkedYAMLException e) {
            problems.add(syntaxProblem(displayName, e));
        } catch (YAMLException e) {
            problems.add(new IntentProblem(displayName, 0, "not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new IntentProblem(displayName, 0, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    /**
     * One YAML syntax error as staff can act on it. SnakeYAML notices an unclosed {@code [}, {@code {}} or quote only
     * where the next field starts, so those are reported at the line that opened them, with what closes them.
     */
    static IntentProblem syntaxProblem(String displayName, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (e.getContextMark() != null) {
            int opened = e.getContextMark().getLine() + 1;
            if (context.contains("flow sequence")) {
                return new IntentProblem(displayName, opened, "not valid YAML: the list opened with '[' on this line is not "
                        + "closed; end it with ']' (e.g. followUps: [side-effects, cost-insurance])");
            }
            if (context.contains("flow mapping")) {
                return new IntentProblem(displayName, opened, "not valid YAML: the '{' on this line is not closed; end it with '}'");
            }
            if (context.contains("quoted scalar")) {
                return new IntentProblem(displayName, opened, "not valid YAML: the quote opened on this line is not closed; "
                        + "end the text with the same quote mark");
            }
        }
        int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
        return new IntentProblem(displayName, line, "not valid YAML (" + e.getProblem()
                + "); check indentation and quote text containing ': ' or ' #'");
    }

    /** The fields of a nested block ({@code es:}), or null with a problem when it is not a mapping. */
    public static Map<String, Field> fields(Field block, String file, List<IntentProblem> problems) {
        if (!(block.value() instanceof MappingNode mapping)) {
            problems.add(new IntentProblem(file, block.line(), "'" + block.key() + "' must be a block of 'field: value' lines"));
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
    public static Text text(Field field, String file, List<IntentProblem> problems) {
        if (field.value() instanceof ScalarNode scalar) {
            return new Text(scalar.getValue(), line(scalar));
        }
        problems.add(new IntentProblem(file, field.line(), "'" + field.key() + "' must be a single text value"));
        return null;
    }

    /** A list of text values ({@code - item} lines or {@code [a, b]}); a single value counts as a list of one. */
    public static List<Text> texts(Field field, String file, List<IntentProblem> problems) {
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
                    problems.add(new IntentProblem(file, line(item),
                            "each item of '" + field.key() + "' must be plain text; quote it if it contains ': '"));
                }
            }
        } else {
            problems.add(new IntentProblem(file, field.line(), "'" + field.key() + "' must be a list of '- item' lines"));
        }
        return items;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
