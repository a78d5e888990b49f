package dev.faqbot.safety;

import dev.faqbot.yaml.StaffYaml;
import dev.faqbot.yaml.YamlNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code intents/crisis/examples.yml}: more crisis messages, per category, that train the classifier's
 * crisis classes (the second net). They add recall to the phrase rules; they never remove any.
 */
public final class CrisisExamplesFile {

    private CrisisExamplesFile() {
    }

    /**
     * @return the examples per category, empty when the file does not exist
     * @throws CrisisRulesException naming the file and line of each problem
     */
    public static Map<CrisisCategory, List<String>> load(Path file) {
        Map<CrisisCategory, List<String>> examples = new EnumMap<>(CrisisCategory.class);
        if (!Files.exists(file)) {
            return examples;
        }
        CrisisFileProblems problems = new CrisisFileProblems(file.toString().replace('\\', '/'));
        Map<String, YamlNodes.Field> fields = StaffYaml.readMapping(file, problems);
        if (fields != null) {
            for (YamlNodes.Field field : fields.values()) {
                CrisisCategory category = CrisisCategory.fromId(field.key()).orElse(null);
                if (category == null) {
                    problems.add(field.line(), "'" + field.key() + "' is not a crisis category; use one of "
                            + CrisisCategory.ids());
                    continue;
                }
                YamlNodes.texts(field, problems).stream().map(t -> t.value().strip()).filter(t -> !t.isEmpty())
                        .forEach(t -> examples.computeIfAbsent(category, c -> new ArrayList<>()).add(t));
            }
        }
        problems.throwIfAny();
        return examples;
    }

    /** The union of two example maps, category by category. */
    public static Map<CrisisCategory, List<String>> merge(Map<CrisisCategory, List<String>> a, Map<CrisisCategory, List<String>> b) {
        Map<CrisisCategory, List<String>> merged = new EnumMap<>(CrisisCategory.class);
        a.forEach((category, list) -> merged.computeIfAbsent(category, c -> new ArrayList<>()).addAll(list));
        b.forEach((category, list) -> merged.computeIfAbsent(category, c -> new ArrayList<>()).addAll(list));
        return merged;
    }
}
