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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Reads a crisis rule file as YAML nodes (so every value stays the text as typed, and every problem can name its
 * line) and checks it: known categories and keys, non-empty phrases, patterns that compile, are lower case and do
 * not match an empty message. All problems are collected, then thrown together.
 *
 * <p>Staff write {@code intents/crisis/phrases.yml}; the built-in floors ({@code safety/floor-en.yml},
 * {@code safety/floor-es.yml}) use the same format. A pattern or idiom may be a plain string or a mapping with an
 * {@code id}, its {@code triggers} (words a match must start in, so the rule is only tried where one occurs) and
 * the {@code pattern}. The English floor alone may also hold {@code macros} ({@code {name}} shorthands every file
 * may use), {@code context} signals and {@code squashed} patterns (run on the text with its spaces removed).
 */
final class CrisisPhraseFile {

    /** A phrase, pattern, example, idiom or signal with the line it is on; id and triggers where given. */
    record Item(String text, int line, Pattern pattern, String id, Set<String> triggers) {
        Item(String text, int line, Pattern pattern) {
            this(text, line, pattern, null, null);
        }
    }

    /** A context signal of the floor: a concern (means, mood) or an escalator (time, finality). */
    record SignalItem(Item item, CrisisRules.SignalKind kind) {
    }

    /** The file's content, validated, with the macros its patterns were expanded with. */
    record Content(Map<CrisisCategory, List<Item>> phrases, Map<CrisisCategory, List<Item>> patterns,
            Map<CrisisCategory, List<Item>> examples, List<Item> idioms, List<SignalItem> signals,
            Map<CrisisCategory, List<Item>> squashed, RegexMacros macros) {
    }

    /** The English floor, read once: it defines the macros every rule file may use. */
    private static final class EnglishFloor {
        static final Content CONTENT = readResource(FLOOR_EN);
    }

    private static final Set<String> TOP_KEYS = Set.of("categories", "idioms");
    private static final Set<String> FLOOR_KEYS = Set.of("macros", "context", "squashed");
    private static final Set<String> CATEGORY_KEYS = Set.of("phrases", "patterns", "examples");
    private static final Set<String> RULE_KEYS = Set.of("id", "triggers", "pattern", "kind", "category");

    /** The English floor, which defines the macros. */
    private static final String FLOOR_EN = "/safety/floor-en.yml";

    private final String name;
    private final boolean floor;
    private final List<String> problems = new ArrayList<>();
    private RegexMacros macros;

    private CrisisPhraseFile(String name, boolean floor, RegexMacros macros) {
        this.name = name;
        this.floor = floor;
        this.macros = macros;
    }

    /** The built-in English floor. */
    static Content englishFloor() {
        return EnglishFloor.CONTENT;
    }

    /** Reads a staff file; its patterns may use the floor's macros. */
    static Content read(Path file) {
        return read(new CrisisPhraseFile(file.toString(), false, RegexMacros.floor()),
                () -> Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /**
     * A built-in rule file shipped in the jar; a broken one is a build error, so it throws. The English floor
     * reads its own macros; any other file uses them.
     */
    static Content readResource(String resource) {
        boolean english = resource.equals(FLOOR_EN);
        CrisisPhraseFile reader = new CrisisPhraseFile(resource, true, english ? null : RegexMacros.floor());
        return read(reader, () -> {
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

    private static Content read(CrisisPhraseFile reader, Source source) {
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
        List<SignalItem> signals = new ArrayList<>();
        Map<CrisisCategory, List<Item>> squashed = emptyMap();
        Node root = compose(source);
        if (macros == null) {
            macros = new RegexMacros(readMacros(root));
        }
        Content content = new Content(phrases, patterns, examples, idioms, signals, squashed, macros);
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
            if (!TOP_KEYS.contains(key) && !(floor && FLOOR_KEYS.contains(key))) {
                problems.add(at(line(tuple.getKeyNode())) + "unknown key '" + key
                        + "': the top level has only 'categories:' and 'idioms:'");
                continue;
            }
            switch (key) {
                case "idioms" -> readList(tuple.getValueNode(), "idioms", idioms, false);
                case "categories" -> readCategories(tuple.getValueNode(), phrases, patterns, examples);
                case "context" -> readSignals(tuple.getValueNode(), signals);
                case "squashed" -> readSquashed(tuple.getValueNode(), squashed);
                default -> { } // macros: read first
            }
        }
        return content;
    }

    /** The YAML node tree, or null for an empty or unreadable file (the problem noted). */
    private Node compose(Source source) {
        try (Reader in = source.open()) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return yaml.compose(in);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(at(line) + "not valid YAML (" + oneLine(e.getProblem()) + "): check the indentation and"
                    + " quote any line that contains ': ' or starts with a special character");
        } catch (YAMLException e) {
            problems.add(name + ": not valid YAML (" + oneLine(e.getMessage()) + ")");
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": cannot be read (" + oneLine(String.valueOf(e.getMessage()))
                    + "): check that the file exists and is UTF-8 text");
        }
        return null;
    }

    /** The {@code macros:} mapping of a file (name to regex), empty when it has none. */
    private Map<String, String> readMacros(Node root) {
        Map<String, String> table = new LinkedHashMap<>();
        if (root instanceof MappingNode top) {
            for (NodeTuple tuple : top.getValue()) {
                if ("macros".equals(scalar(tuple.getKeyNode())) && tuple.getValueNode() instanceof MappingNode m) {
                    for (NodeTuple entry : m.getValue()) {
                        String macro = scalar(entry.getKeyNode());
                        String body = scalar(entry.getValueNode());
                        if (macro == null || body == null) {
                            problems.add(at(line(entry.getKeyNode())) + "a macro is 'name: regex'");
                        } else {
                            table.put(macro, body);
                        }
                    }
                }
            }
        }
        return table;
    }

    /** The floor's {@code context:} block: {@code concerns:} and {@code escalators:}, each a list of rules. */
    private void readSignals(Node node, List<SignalItem> out) {
        if (!(node instanceof MappingNode map)) {
            problems.add(at(line(node)) + "'context:' holds 'concerns:' and 'escalators:'");
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            List<Item> items = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            readRules(tuple.getValueNode(), "context " + scalar(tuple.getKeyNode()), items, kinds, null);
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
                    problems.add(at(items.get(i).line()) + "a context signal needs 'kind:' means, mood, time or"
                            + " finality");
                } else {
                    out.add(new SignalItem(items.get(i), signal));
                }
            }
        }
    }

    /** The floor's {@code squashed:} list: rules with a category, run on the text without spaces. */
    private void readSquashed(Node node, Map<CrisisCategory, List<Item>> out) {
        List<Item> items = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        readRules(node, "squashed", items, null, categories);
        for (int i = 0; i < items.size(); i++) {
            CrisisCategory category = CrisisCategory.fromId(String.valueOf(categories.get(i))).orElse(null);
            if (category == null) {
                problems.add(at(items.get(i).line()) + "a squashed rule needs 'category:' one of "
                        + CrisisCategory.ids());
            } else {
                out.get(category).add(items.get(i));
            }
        }
    }

    /** A list of rule mappings; each one's {@code kind} or {@code category} is added to the given list. */
    private void readRules(Node node, String what, List<Item> out, List<String> kinds, List<String> categories) {
        if (!(node instanceof SequenceNode seq)) {
            problems.add(at(line(node)) + "'" + what + "' must be a list: one '- id: ...' per rule");
            return;
        }
        for (Node item : seq.getValue()) {
            Item rule = readRule(item, what);
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

    /** A rule written as a mapping ({@code id}, {@code triggers}, {@code pattern}); null when broken. */
    private Item readRule(Node node, String what) {
        int line = line(node);
        if (!(node instanceof MappingNode)) {
            problems.add(at(line) + "each entry of '" + what + "' must be text or a mapping with 'pattern:'");
            return null;
        }
        Map<String, String> fields = fields(node);
        for (String key : fields.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                problems.add(at(line) + "unknown key '" + key + "' in '" + what + "': use id, triggers and pattern");
                return null;
            }
        }
        String text = fields.get("pattern");
        if (text == null || text.isBlank()) {
            problems.add(at(line) + "an entry of '" + what + "' has no 'pattern:': write the regex");
            return null;
        }
        Set<String> triggers = null;
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if ("triggers".equals(scalar(tuple.getKeyNode()))) {
                triggers = readTriggers(tuple.getValueNode(), line);
            }
        }
        Pattern p = compile(text, line);
        return p == null ? null : new Item(text, line, p, fields.get("id"), triggers);
    }

    /** Trigger words: lower-case letters and digits, at least one. */
    private Set<String> readTriggers(Node node, int line) {
        Set<String> out = new LinkedHashSet<>();
        if (node instanceof SequenceNode seq) {
            for (Node word : seq.getValue()) {
                String w = scalar(word);
                if (w == null || !w.matches("[a-z0-9]+")) {
                    problems.add(at(line(word)) + "a trigger is one lower-case word (letters and digits)");
                } else {
                    out.add(w);
                }
            }
        }
        if (out.isEmpty()) {
            problems.add(at(line) + "'triggers:' must list at least one word, e.g. [suicid]; leave it out to try the"
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

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
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
            if (item instanceof MappingNode && (regex || what.equals("idioms"))) {
                Item rule = readRule(item, what);
                if (rule != null) {
                    out.add(rule);
                }
                continue;
            }
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
        String expanded = macros.expand(text.strip());
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
