package dev.faqbot.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

/**
 * The one YAML reader for staff files and the YAML shipped in the jar. It parses with SnakeYAML's safe constructor
 * into a node tree, so every value keeps its line and stays the text as typed ({@code - no} is the word "no", never
 * {@code false}), and reports a syntax error at the line staff have to fix.
 */
public final class StaffYaml {

    private StaffYaml() {
    }

    /** The node tree of a file, or null when the file is empty or could not be read (the problem reported). */
    public static Node compose(Path file, ProblemSink problems) {
        return compose(() -> Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
    }

    /** The node tree of a class-path resource ({@code safety/floor-en.yml}); a missing one is a problem. */
    public static Node composeResource(String resource, ProblemSink problems) {
        return compose(() -> {
            InputStream in = StaffYaml.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is missing from the jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }, problems);
    }

    /**
     * A file whose top level must be a set of {@code field: value} lines.
     *
     * @return the top-level fields in file order, or null when the file could not be read (the problem reported)
     */
    public static Map<String, YamlNodes.Field> readMapping(Path file, ProblemSink problems) {
        Node root = compose(file, problems);
        return root == null ? null : topLevel(root, problems);
    }

    /** The top-level fields of a class-path resource; a broken resource is a build error, thrown with its line. */
    public static Map<String, YamlNodes.Field> readResourceMapping(String resource) {
        ProblemSink problems = ProblemSink.failing(resource);
        return topLevel(composeResource(resource, problems), problems);
    }

    private static Map<String, YamlNodes.Field> topLevel(Node root, ProblemSink problems) {
        if (!(root instanceof MappingNode mapping)) {
            problems.add(1, "the file must be a set of 'field: value' lines (see intents/effects-duration.yml)");
            return null;
        }
        Map<String, YamlNodes.Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = YamlNodes.line(tuple.getKeyNode());
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (fields.containsKey(key.getValue())) {
                    problems.add(line, "'" + key.getValue() + "' appears twice; keep one");
                }
                fields.put(key.getValue(), new YamlNodes.Field(key.getValue(), tuple.getValueNode(), line));
            }
        }
        return fields;
    }

    /** Opens the text to parse. */
    private interface Source {
        Reader open() throws IOException;
    }

    private static Node compose(Source source, ProblemSink problems) {
        try (Reader reader = source.open()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            syntaxProblem(e, problems);
        } catch (YAMLException e) {
            problems.add(0, "not valid YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            problems.add(0, "cannot be read (" + oneLine(e.getMessage())
                    + "): check that the file exists and is UTF-8 text");
        }
        return null;
    }

    /**
     * One YAML syntax error as staff can act on it. SnakeYAML notices an unclosed {@code [}, {@code {}} or quote only
     * where the next field starts, so those are reported at the line that opened them, with what closes them.
     */
    private static void syntaxProblem(MarkedYAMLException e, ProblemSink problems) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (e.getContextMark() != null) {
            int opened = e.getContextMark().getLine() + 1;
            if (context.contains("flow sequence")) {
                problems.add(opened, "not valid YAML: the list opened with '[' on this line is not closed; end it "
                        + "with ']' (e.g. followUps: [side-effects, cost-insurance])");
                return;
            }
            if (context.contains("flow mapping")) {
                problems.add(opened, "not valid YAML: the '{' on this line is not closed; end it with '}'");
                return;
            }
            if (context.contains("quoted scalar")) {
                problems.add(opened, "not valid YAML: the quote opened on this line is not closed; "
                        + "end the text with the same quote mark");
                return;
            }
        }
        int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
        problems.add(line, "not valid YAML (" + e.getProblem()
                + "); check indentation and quote text containing ': ' or ' #'");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
