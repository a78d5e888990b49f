package dev.faqbot.safety;

import static dev.faqbot.yaml.YamlNodes.line;
import static dev.faqbot.yaml.YamlNodes.scalar;

import dev.faqbot.yaml.StaffYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a crisis rule file through {@link StaffYaml} (so every value stays the text as typed, and every problem can
 * name its line) and checks it: known categories and keys, non-empty phrases, patterns that compile, are lower case
 * and do not match an empty message. All problems are collected, then thrown together.
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

    /** The English floor, which defines the macros. */
    private static final String FLOOR_EN = "safety/floor-en.yml";

    private CrisisPhraseFile() {
    }

    /** The built-in English floor. */
    static Content englishFloor() {
        return EnglishFloor.CONTENT;
    }

    /** Reads a staff file; its patterns may use the floor's macros. */
    static Content read(Path file) {
        CrisisFileProblems problems = new CrisisFileProblems(file.toString());
        Content content = parse(StaffYaml.compose(file, problems), false, RegexMacros.floor(), problems);
        problems.throwIfAny();
        return content;
    }

    /**
     * A built-in rule file shipped in the jar; a broken one is a build error, so it throws. The English floor
     * reads its own macros; any other file uses them.
     */
    static Content readResource(String resource) {
        CrisisFileProblems problems = new CrisisFileProblems(resource);
        Node root = StaffYaml.composeResource(resource, problems);
        RegexMacros macros = resource.equals(FLOOR_EN) ? new RegexMacros(macros(root, problems)) : RegexMacros.floor();
        Content content = parse(root, true, macros, problems);
        problems.throwIfAny();
        return content;
    }

    private static Content parse(Node root, boolean floor, RegexMacros macros, CrisisFileProblems problems) {
        Content content = new Content(byCategory(), byCategory(), byCategory(), new ArrayList<>(), new ArrayList<>(),
                byCategory(), macros);
        if (root == null) {
            return content; // an empty file adds nothing; the built-in floor still screens
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(line(root), "the file must be a mapping with 'categories:' and 'idioms:' at the top");
            return content;
        }
        RuleReader rules = new RuleReader(problems, new RulePatternCompiler(macros, problems));
        PhraseListReader lists = new PhraseListReader(problems, rules);
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : top.getValue()) {
            String key = problems.key(tuple);
            if (key == null) {
                continue;
            }
            if (!seen.add(key)) {
                problems.add(line(tuple.getKeyNode()), "'" + key + "' appears twice: merge the two lists");
                continue;
            }
            if (!TOP_KEYS.contains(key) && !(floor && FLOOR_KEYS.contains(key))) {
                problems.add(line(tuple.getKeyNode()), "unknown key '" + key
                        + "': the top level has only 'categories:' and 'idioms:'");
                continue;
            }
            switch (key) {
                case "idioms" -> lists.list(tuple.getValueNode(), "idioms", content.idioms(), false);
                case "categories" -> lists.categories(tuple.getValueNode(), content);
                case "context" -> rules.signals(tuple.getValueNode(), content.signals());
                case "squashed" -> rules.squashed(tuple.getValueNode(), content.squashed());
                default -> { } // macros: read first
            }
        }
        return content;
    }

    /** The {@code macros:} mapping of a file (name to regex), empty when it has none. */
    private static Map<String, String> macros(Node root, CrisisFileProblems problems) {
        Map<String, String> table = new LinkedHashMap<>();
        if (root instanceof MappingNode top) {
            for (NodeTuple tuple : top.getValue()) {
                if ("macros".equals(scalar(tuple.getKeyNode())) && tuple.getValueNode() instanceof MappingNode m) {
                    for (NodeTuple entry : m.getValue()) {
                        String macro = scalar(entry.getKeyNode());
                        String body = scalar(entry.getValueNode());
                        if (macro == null || body == null) {
                            problems.add(line(entry.getKeyNode()), "a macro is 'name: regex'");
                        } else {
                            table.put(macro, body);
                        }
                    }
                }
            }
        }
        return table;
    }

    private static Map<CrisisCategory, List<Item>> byCategory() {
        Map<CrisisCategory, List<Item>> map = new EnumMap<>(CrisisCategory.class);
        for (CrisisCategory c : CrisisCategory.values()) {
            map.put(c, new ArrayList<>());
        }
        return map;
    }
}
