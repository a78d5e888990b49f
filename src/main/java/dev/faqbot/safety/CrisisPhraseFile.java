package dev.faqbot.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code intents/crisis/phrases.yml} as YAML nodes (so every value stays the text staff typed, and every
 * problem can name its line) and checks it: known categories and keys, non-empty phrases, patterns that compile,
 * are lower case and do not match an empty message. All problems are collected, then thrown together.
 */
final class CrisisPhraseFile {

    /** A phrase, pattern, example or idiom with the line it is on. */
    record Item(String text, int line, Pattern pattern) {
    }

    /** The file's content, validated. */
    record Content(Map<CrisisCategory, List<Item>> phrases, Map<CrisisCategory, List<Item>> patterns,
            Map<CrisisCategory, List<Item>> examples, List<Item> idioms) {
    }

    private static final Set<String> TOP_KEYS = Set.of("categories", "idioms");
    private static final Set<String> CATEGORY_KEYS = Set.of("phrases", "patterns", "examples");

    private final String name;
    private final List<String> problems = new ArrayList<>();

    private CrisisPhraseFile(String name) {
        this.name = name;
    }

    static Content read(Path file) {
        return read(file.toString(), () -> Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /** A built-in rule file shipped in the jar (same format); a broken one is a build error, so it throws. */
    static Content readResource(String resource) {
        return read(resource, () -> {
            InputStream in = CrisisPhraseFile.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is missing from the jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        });
    }

    /** Opens the text to parse. */
    private interface Source {
        Reader open() throws IOException;
    }

    private static Content read(String name, Source source) {
        CrisisPhraseFile reader = new CrisisPhraseFile(name);
        Content content = reader.parse(source);
        if (!reader.problems.isEmpty()) {
            throw new CrisisRulesException(reader.problems);
        }
        return content;
    }

    private Content parse(Source source) {
        Map<CrisisCategory, List<Item>> phrases = emptyMap();
        Map<CrisisCategory, List<Item>> patterns = emptyMap();
        Map<CrisisCategory, List<Item>> examples = emptyMap();
        List<Item> idioms = new ArrayList<>();
        Content content = new Content(phrases, patterns, examples, idioms);
        Node root;
        try (Reader in = source.open()) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            root = yaml.compose(in);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(at(line) + "not valid YAML (" + oneLine(e.getProblem()) + "): check the indentation and"
                    + " quote any line that contains ': ' or starts with a special character");
            return content;
        } catch (YAMLException e) {
            problems.add(name + ": not valid YAML (" + oneLine(e.getMessage()) + ")");
            return content;
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": cannot be read (" + oneLine(String.valueOf(e.getMessage()))
                    + "): check that the file exists and is UTF-8 text");
            return content;
        }
        if (root == null) {
            return content; // an empty file adds nothing; the built-in floor still screens
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(at(line(root)) + "the file must be a mapping with 'categories:' and 'idioms:' at the top");
            return content;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : top.getValue()) {
            String key = keyOf(tuple);
            if (key == null) {
                continue;
            }
            if (!seen.add(key)) {
                problems.add(at(line(tuple.getKeyNode())) + "'" + key + "' appears twice: merge the two lists");
                continue;
            }
            if (!TOP_KEYS.contains(key)) {
                problems.add(at(line(tuple.getKeyNode())) + "unknown key '" + key
                        + "': the top level has only 'categories:' and 'idioms:'");
                continue;
            }
            if (key.equals("idioms")) {
                readList(tuple.getValueNode(), "idioms", idioms, false);
            } else {
                readCategories(tuple.getValueNode(), phrases, patterns, examples);
            }
        }
        return content;
    }

    private void readCategories(Node node, Map<CrisisCategory, List<Item>> phrases,
            Map<CrisisCategory, List<Item>> patterns, Map<CrisisCategory, List<Item>> examples) {
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(at(line(node)) + "'categories:' must hold the categories, e.g. '  self-harm:' on the next"
                    + " line, indented");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = keyOf(tuple);
            if (key == null) {
                continue;
            }
            CrisisCategory category = CrisisCategory.fromId(key).orElse(null);
            if (category == null) {
                problems.add(at(line(tuple.getKeyNode())) + "unknown category '" + key + "': use one of "
                        + CrisisCategory.ids());
                continue;
            }
            if (!seen.add(key)) {
                problems.add(at(line(tuple.getKeyNode())) + "category '" + key + "' appears twice: merge them");
                continue;
            }
            Node body = tuple.getValueNode();
            if (isNull(body)) {
                continue;
            }
            if (!(body instanceof MappingNode fields)) {
                problems.add(at(line(body)) + "category '" + key + "' must hold 'phrases:', 'patterns:' and/or"
                        + " 'examples:'");
                continue;
            }
            Set<String> seenFields = new HashSet<>();
            for (NodeTuple field : fields.getValue()) {
                String f = keyOf(field);
                if (f == null) {
                    continue;
                }
                if (!CATEGORY_KEYS.contains(f)) {
                    problems.add(at(line(field.getKeyNode())) + "unknown key '" + f + "' under '" + key
                            + "': use phrases, patterns or examples");
                    continue;
                }
                if (!seenFields.add(f)) {
                    problems.add(at(line(field.getKeyNode())) + "'" + f + "' appears twice under '" + key
                            + "': merge the two lists");
                    continue;
                }
                switch (f) {
                    case "phrases" -> readList(field.getValueNode(), key + " phrases", phrases.get(category), false);
                    case "patterns" -> readList(field.getValueNode(), key + " patterns", patterns.get(category),
                            true);
                    default -> readExamples(field.getValueNode(), key, examples.get(category));
                }
            }
        }
    }

    private void readExamples(Node node, String category, List<Item> out) {
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(at(line(node)) + "'" + category + " examples' must be a list: one '- message' per line");
            return;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(at(line(item)) + "an example must be one line of text: quote it");
                continue;
            }
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.add(at(line(item)) + "empty example: write the message or delete the line");
                continue;
            }
            out.add(new Item(text, line(item), null));
        }
    }

    private void readList(Node node, String what, List<Item> out, boolean regex) {
        if (isNull(node)) {
            return;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(at(line(node)) + "'" + what + "' must be a list: one '- item' per line");
            return;
        }
        for (Node item : seq.getValue()) {
            int line = line(item);
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(at(line) + "each entry of '" + what + "' must be plain text: quote it");
                continue;
            }
            String text = scalar.getValue();
            if (text.isBlank()) {
                problems.add(at(line) + "empty " + (regex ? "pattern" : "phrase")
                        + ": write the words or delete the line");
                continue;
            }
            if (regex) {
                Pattern p = compile(text, line);
                if (p != null) {
                    out.add(new Item(text, line, p));
                }
            } else {
                String normalised = ScreeningNormalizer.normalize(text);
                if (normalised.isEmpty()) {
                    problems.add(at(line) + "phrase '" + text + "' has no words once punctuation is removed: write"
                            + " words");
                    continue;
                }
                out.add(new Item(normalised, line, null));
            }
        }
    }

    private Pattern compile(String text, int line) {
        String expanded = CrisisFloor.expand(text.strip());
        for (int i = 0; i < expanded.length(); i++) {
            char c = expanded.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || expanded.charAt(i - 1) != '\\') && !insideProperty(expanded, i)) {
                problems.add(at(line) + "pattern '" + text + "' has capital letters, but patterns run on lower-case"
                        + " text: write it in lower case");
                return null;
            }
        }
        Pattern p;
        try {
            p = Pattern.compile(expanded);
        } catch (PatternSyntaxException e) {
            problems.add(at(line) + "pattern '" + text + "' is not a valid Java regex (" + oneLine(e.getDescription())
                    + " near position " + e.getIndex() + "): fix it, or write it as a plain phrase instead");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(at(line) + "pattern '" + text + "' cannot be compiled: simplify it");
            return null;
        }
        try {
            if (p.matcher("").find() || p.matcher(" ").find()) {
                problems.add(at(line) + "pattern '" + text + "' matches an empty message and would flag every"
                        + " message: make it require at least one word");
                return null;
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(at(line) + "pattern '" + text + "' fails on an empty message: simplify it");
            return null;
        }
        return p;
    }

    private static boolean insideProperty(String regex, int index) {
        int open = regex.lastIndexOf('{', index);
        return open >= 2 && regex.charAt(open - 2) == '\\' && (regex.charAt(open - 1) == 'p'
                || regex.charAt(open - 1) == 'P') && regex.indexOf('}', open) > index;
    }

    private String keyOf(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode k) {
            return k.getValue();
        }
        problems.add(at(line(tuple.getKeyNode())) + "keys must be plain words such as 'self-harm:'");
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null"));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private String at(int line) {
        return name + ":" + line + ": ";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static Map<CrisisCategory, List<Item>> emptyMap() {
        Map<CrisisCategory, List<Item>> map = new EnumMap<>(CrisisCategory.class);
        for (CrisisCategory c : CrisisCategory.values()) {
            map.put(c, new ArrayList<>());
        }
        return map;
    }
}
