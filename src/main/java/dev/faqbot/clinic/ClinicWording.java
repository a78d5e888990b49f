package dev.faqbot.clinic;

import dev.faqbot.yaml.ProblemSink;
import dev.faqbot.yaml.StaffYaml;
import dev.faqbot.yaml.YamlNodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How clinic settings read inside answers, per language: the line an empty setting falls back to, how list items,
 * the careers line and the privacy parts read, and action labels. Read once from {@code clinic/wording.yml}.
 */
record ClinicWording(Map<String, Language> languages) {

    static final String RESOURCE = "clinic/wording.yml";
    private static final List<String> SECTIONS = List.of("empty", "list", "careers", "privacy", "actions");

    /** One language's wording: each section is a map of key to text. */
    record Language(Map<String, String> empty, Map<String, String> list, Map<String, String> careers,
                    Map<String, String> privacy, Map<String, String> actions) {

        String get(Map<String, String> section, String key) {
            String text = section.get(key);
            if (text == null) {
                throw new IllegalStateException(RESOURCE + ": missing '" + key + "'; add it to every language");
            }
            return text;
        }
    }

    private static final ClinicWording SHIPPED = read();

    static ClinicWording shipped() {
        return SHIPPED;
    }

    Language language(String lang) {
        Language language = languages.get(lang);
        return language != null ? language : languages.get(ClinicAnswers.ENGLISH);
    }

    private static ClinicWording read() {
        ProblemSink problems = ProblemSink.failing(RESOURCE);
        Map<String, Language> languages = new LinkedHashMap<>();
        for (YamlNodes.Field lang : StaffYaml.readResourceMapping(RESOURCE).values()) {
            Map<String, YamlNodes.Field> sections = YamlNodes.fields(lang, problems);
            for (String section : SECTIONS) {
                if (!sections.containsKey(section)) {
                    problems.add(lang.line(), "'" + lang.key() + "." + section + "' is missing");
                }
            }
            languages.put(lang.key(), new Language(texts(sections, "empty", problems), texts(sections, "list", problems),
                    texts(sections, "careers", problems), texts(sections, "privacy", problems),
                    texts(sections, "actions", problems)));
        }
        return new ClinicWording(Map.copyOf(languages));
    }

    private static Map<String, String> texts(Map<String, YamlNodes.Field> sections, String section, ProblemSink problems) {
        return Map.copyOf(YamlNodes.textBlock(sections.get(section), problems));
    }
}
