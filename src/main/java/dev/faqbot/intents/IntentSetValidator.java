package dev.faqbot.intents;

import dev.faqbot.clinic.ClinicAnswers;
import dev.faqbot.clinic.Placeholders;
import dev.faqbot.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The cross-file rules of intents.md: distinct examples, no example in two intents, known references. */
final class IntentSetValidator {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final int MIN_EXAMPLES = 12;

    private final Set<String> placeholderNames;

    IntentSetValidator(Set<String> placeholderNames) {
        this.placeholderNames = Set.copyOf(placeholderNames);
    }

    /**
     * @param fileIds the id every intent file stands for (its name), including files that could not be read: one
     *        broken file is one problem, not also a "names no intent" in every file that refers to it
     */
    void validate(List<IntentFileParser.Parsed> intents, Set<String> fileIds, List<IntentProblem> problems) {
        Set<String> ids = new HashSet<>(fileIds);
        intents.forEach(p -> ids.add(p.intent().id()));
        Map<String, String> exampleOwner = new HashMap<>();
        for (IntentFileParser.Parsed parsed : intents) {
            checkExamples(parsed, exampleOwner, problems);
            for (YamlNodes.Text followUp : parsed.followUps()) {
                if (!ids.contains(followUp.value().strip())) {
                    problems.add(new IntentProblem(parsed.file(), followUp.line(), "followUp '" + followUp.value()
                            + "' names no intent; use the id of an existing intents/<id>.yml file"));
                }
            }
            List<String> answers = new ArrayList<>(List.of(parsed.intent().answer()));
            if (parsed.intent().es() != null) {
                answers.add(parsed.intent().es().answer());
            }
            for (String name : answers.stream().flatMap(a -> Placeholders.namesIn(a).stream()).distinct().toList()) {
                if (!placeholderNames.contains(name)) {
                    problems.add(new IntentProblem(parsed.file(), parsed.answerLine(), "placeholder {" + name
                            + "} is not a clinic setting; use one of {" + String.join("}, {", new TreeSet<>(placeholderNames)) + "}"));
                }
            }
            for (YamlNodes.Text action : parsed.actions()) {
                if (!ClinicAnswers.ACTION_NAMES.contains(action.value().strip())) {
                    problems.add(new IntentProblem(parsed.file(), action.line(), "action '" + action.value().strip()
                            + "' is not known; use one of " + String.join(", ", new TreeSet<>(ClinicAnswers.ACTION_NAMES))));
                }
            }
        }
    }

    private static void checkExamples(IntentFileParser.Parsed parsed, Map<String, String> exampleOwner, List<IntentProblem> problems) {
        Set<String> distinct = new HashSet<>();
        for (YamlNodes.Text example : parsed.examples()) {
            String key = normalise(example.value());
            if (key.isEmpty()) {
                problems.add(new IntentProblem(parsed.file(), example.line(), "empty example; delete the line"));
                continue;
            }
            if (!distinct.add(key)) {
                continue;
            }
            String owner = exampleOwner.putIfAbsent(key, parsed.intent().id());
            if (owner != null && !owner.equals(parsed.intent().id())) {
                problems.add(new IntentProblem(parsed.file(), example.line(), "example '" + example.value().strip()
                        + "' is also in " + owner + ".yml; keep it in the one intent it belongs to"));
            }
        }
        if (distinct.size() < MIN_EXAMPLES) {
            problems.add(new IntentProblem(parsed.file(), 1, "only " + distinct.size() + " distinct examples; add at least "
                    + (MIN_EXAMPLES - distinct.size()) + " more (" + MIN_EXAMPLES + " needed)"));
        }
    }

    /** Case and spacing do not make two examples different. */
    static String normalise(String example) {
        return SPACES.matcher(example.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
