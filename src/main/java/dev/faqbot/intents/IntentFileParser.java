package dev.faqbot.intents;

import dev.faqbot.yaml.StaffYaml;
import dev.faqbot.yaml.YamlNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one {@code intents/<id>.yml} file into an {@link Intent}, reporting every field-level problem. */
final class IntentFileParser {

    static final Set<String> FIELDS = Set.of("id", "title", "examples", "answer", "followUps", "sources", "reviewed", "resources", "actions", "es");
    static final Set<String> TRANSLATION_FIELDS = Set.of("title", "examples", "answer", "reviewed");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    /** A parsed intent with the line of each example, for cross-file checks. */
    record Parsed(Intent intent, String file, List<YamlNodes.Text> examples, List<YamlNodes.Text> followUps,
                  int answerLine, List<YamlNodes.Text> actions) {
    }

    /** @return the parsed intent, or null when required fields are missing (problems say which) */
    Parsed parse(Path path, String file, List<IntentProblem> problems) {
        Map<String, YamlNodes.Field> fields = StaffYaml.readMapping(path, IntentProblem.sink(file, problems));
        if (fields == null) {
            return null;
        }
        for (YamlNodes.Field field : fields.values()) {
            if (!FIELDS.contains(field.key())) {
                problems.add(new IntentProblem(file, field.line(), "unknown field '" + field.key()
                        + "'; the fields are " + String.join(", ", List.of("id", "title", "examples", "answer",
                        "followUps", "sources", "reviewed", "resources", "actions", "es"))));
            }
        }
        String expectedId = path.getFileName().toString().replaceFirst("\\.yml$", "");
        String id = requiredText(fields, "id", file, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new IntentProblem(file, fields.get("id").line(),
                    "id '" + id + "' may use only lowercase letters, digits and '-'"));
        } else if (id != null && !id.equals(expectedId) && Files.exists(path.resolveSibling(id + ".yml"))) {
            problems.add(new IntentProblem(file, fields.get("id").line(), "id '" + id + "' already belongs to "
                    + displaySibling(file, id) + "; give this intent its own id: set id: " + expectedId
                    + " (or pick another id and rename this file to match)"));
        } else if (id != null && !id.equals(expectedId)) {
            problems.add(new IntentProblem(file, fields.get("id").line(),
                    "id '" + id + "' must equal the file name; rename the file to " + id + ".yml or set id: " + expectedId));
        }
        String title = requiredText(fields, "title", file, problems);
        String answer = requiredText(fields, "answer", file, problems);
        List<YamlNodes.Text> examples = list(fields, "examples", file, problems);
        if (!fields.containsKey("examples")) {
            problems.add(new IntentProblem(file, 1, "'examples' is missing; add at least "
                    + IntentSetValidator.MIN_EXAMPLES + " questions as visitors would type them"));
        }
        List<YamlNodes.Text> followUps = list(fields, "followUps", file, problems);
        List<YamlNodes.Text> sources = list(fields, "sources", file, problems);
        List<YamlNodes.Text> resources = list(fields, "resources", file, problems);
        List<YamlNodes.Text> actions = list(fields, "actions", file, problems);
        LocalDate reviewed = reviewed(fields.get("reviewed"), file, problems);
        List<YamlNodes.Text> allExamples = new ArrayList<>(examples);
        Intent.Translation es = spanish(fields.get("es"), file, problems, allExamples);
        if (id == null || title == null || answer == null) {
            return null;
        }
        Intent intent = new Intent(expectedId, title.strip(), examples.stream().map(YamlNodes.Text::value).toList(),
                answer.strip(), values(followUps), values(sources), reviewed, values(resources), es, values(actions));
        return new Parsed(intent, file, allExamples, followUps, fields.get("answer").line(), actions);
    }

    /** The display name of the intent file {@code id} beside the file shown as {@code file}. */
    private static String displaySibling(String file, String id) {
        int slash = file.lastIndexOf('/');
        return file.substring(0, slash + 1) + id + ".yml";
    }

    /** The {@code es:} block: title, examples and answer required, reviewed optional; its examples join the checks. */
    private static Intent.Translation spanish(YamlNodes.Field block, String file, List<IntentProblem> problems,
                                              List<YamlNodes.Text> allExamples) {
        if (block == null) {
            return null;
        }
        Map<String, YamlNodes.Field> fields = YamlNodes.fields(block, IntentProblem.sink(file, problems));
        if (fields == null) {
            return null;
        }
        for (YamlNodes.Field field : fields.values()) {
            if (!TRANSLATION_FIELDS.contains(field.key())) {
                problems.add(new IntentProblem(file, field.line(), "unknown field 'es." + field.key()
                        + "'; the Spanish block takes title, examples, answer, reviewed"));
            }
        }
        String title = requiredText(fields, "title", file, problems);
        String answer = requiredText(fields, "answer", file, problems);
        List<YamlNodes.Text> examples = list(fields, "examples", file, problems);
        LocalDate reviewed = reviewed(fields.get("reviewed"), file, problems);
        allExamples.addAll(examples);
        if (title == null || answer == null) {
            return null;
        }
        return new Intent.Translation(title.strip(), examples.stream().map(t -> t.value().strip()).toList(), answer.strip(), reviewed);
    }

    private static String requiredText(Map<String, YamlNodes.Field> fields, String key, String file, List<IntentProblem> problems) {
        YamlNodes.Field field = fields.get(key);
        if (field == null) {
            problems.add(new IntentProblem(file, 1, "'" + key + "' is missing; add a line '" + key + ": ...'"));
            return null;
        }
        YamlNodes.Text text = YamlNodes.text(field, IntentProblem.sink(file, problems));
        if (text != null && text.value().isBlank()) {
            problems.add(new IntentProblem(file, field.line(), "'" + key + "' is empty; write the " + key));
            return null;
        }
        return text == null ? null : text.value();
    }

    private static List<YamlNodes.Text> list(Map<String, YamlNodes.Field> fields, String key, String file, List<IntentProblem> problems) {
        YamlNodes.Field field = fields.get(key);
        return field == null ? List.of() : YamlNodes.texts(field, IntentProblem.sink(file, problems));
    }

    private static LocalDate reviewed(YamlNodes.Field field, String file, List<IntentProblem> problems) {
        if (field == null) {
            return null;
        }
        YamlNodes.Text text = YamlNodes.text(field, IntentProblem.sink(file, problems));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.value().strip());
        } catch (DateTimeParseException e) {
            problems.add(new IntentProblem(file, text.line(), "reviewed '" + text.value()
                    + "' is not a date; write it as YYYY-MM-DD, e.g. reviewed: 2026-11-21"));
            return null;
        }
    }

    private static List<String> values(List<YamlNodes.Text> texts) {
        List<String> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(t.value().strip()));
        return out;
    }
}
