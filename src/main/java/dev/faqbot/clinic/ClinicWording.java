package dev.faqbot.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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

    @SuppressWarnings("unchecked")
    private static ClinicWording read() {
        try (InputStream in = ClinicWording.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Language> languages = new LinkedHashMap<>();
            root.forEach((lang, value) -> {
                Map<String, Object> sections = (Map<String, Object>) value;
                for (String section : SECTIONS) {
                    if (!(sections.get(section) instanceof Map)) {
                        throw new IllegalStateException(RESOURCE + ": '" + lang + "." + section + "' is missing");
                    }
                }
                languages.put(lang, new Language(texts(sections.get("empty")), texts(sections.get("list")),
                        texts(sections.get("careers")), texts(sections.get("privacy")), texts(sections.get("actions"))));
            });
            return new ClinicWording(Map.copyOf(languages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(Object section) {
        Map<String, String> texts = new LinkedHashMap<>();
        ((Map<?, ?>) section).forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v).strip()));
        return Map.copyOf(texts);
    }
}
