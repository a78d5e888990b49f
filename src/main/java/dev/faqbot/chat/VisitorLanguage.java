package dev.faqbot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language a visitor wrote in, English or Spanish, from the words themselves (marker words in
 * {@code language/markers.txt}, plus Spanish letters and marks such as ñ, ¿, ¡ and accents). A message too short to
 * tell ("ok", an emoji) returns null, and the caller falls back to the widget's {@code lang} or the conversation's.
 */
final class VisitorLanguage {

    static final String ENGLISH = "en";
    static final String SPANISH = "es";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPANISH_SIGNS = Pattern.compile("[ñ¿¡áéíóú]");
    private static final Set<String> SPANISH_WORDS = new HashSet<>();
    private static final Set<String> ENGLISH_WORDS = new HashSet<>();

    static {
        try (InputStream in = VisitorLanguage.class.getResourceAsStream("/language/markers.txt")) {
            if (in == null) {
                throw new IllegalStateException("language/markers.txt is missing from the jar");
            }
            Set<String> section = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.equals("[es]") || trimmed.equals("[en]")) {
                    section = trimmed.equals("[es]") ? SPANISH_WORDS : ENGLISH_WORDS;
                } else if (section != null) {
                    for (String word : trimmed.split("\\s+")) {
                        section.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading language/markers.txt failed", e);
        }
    }

    private VisitorLanguage() {
    }

    /** @return "es", "en", or null when the message does not say */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int spanish = SPANISH_SIGNS.matcher(lower).find() ? 1 : 0;
        int english = 0;
        String folded = NOT_WORD.matcher(MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll(" ").strip();
        for (String word : folded.split(" ")) {
            if (SPANISH_WORDS.contains(word)) {
                spanish++;
            } else if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        if (spanish == english) {
            return null;
        }
        return spanish > english ? SPANISH : ENGLISH;
    }

    /** The language to answer in: the message's own, else the client's {@code lang}, else the conversation's, else English. */
    static String resolve(String text, String requested, String previous) {
        String detected = of(text);
        if (detected != null) {
            return detected;
        }
        if (SPANISH.equals(requested) || ENGLISH.equals(requested)) {
            return requested;
        }
        return previous != null ? previous : ENGLISH;
    }
}
