package dev.faqbot.chat;

import dev.faqbot.safety.BuiltInCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language a visitor wrote in, English or Spanish, from the words themselves (marker words in
 * {@code language/markers.txt}, words far commoner in one language of the crisis screen's English and Spanish corpus,
 * plus Spanish letters and marks such as ñ, ¿, ¡ and accents). A message too short to
 * tell ("ok", an emoji) or said in both about equally returns null, and the caller falls back to the widget's
 * {@code lang} or the conversation's.
 */
final class VisitorLanguage {

    static final String ENGLISH = "en";
    static final String SPANISH = "es";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPANISH_SIGNS = Pattern.compile("[ñ¿¡áéíóú]");
    private static final Set<String> SPANISH_WORDS = new HashSet<>();
    private static final Set<String> ENGLISH_WORDS = new HashSet<>();
    /** Words both languages' visitors type ("ok", "bye"): never a marker, whatever the corpus says. */
    private static final Set<String> EITHER_WORDS = new HashSet<>();

    /** Marker words of each language from which a message counts as mixed when neither has three times the other's. */
    private static final int MIXED_FROM = 3;

    /** How many times the other language's marker words one language must have for a message not to count as mixed. */
    private static final int MIXED_RATIO = 3;

    /** How many times commoner (in messages holding it) a word must be in one language to mark it. */
    private static final int CORPUS_RATIO = 8;

    static {
        readMarkers();
        // the crisis screen's built-in corpus, English and Spanish: a word far commoner in one language marks it
        Map<String, Integer> english = messagesHolding(BuiltInCorpus.english());
        Map<String, Integer> spanish = messagesHolding(BuiltInCorpus.spanish());
        Set<String> spanishMarks = markers(spanish, english);
        Set<String> englishMarks = markers(english, spanish);
        spanishMarks.removeAll(ENGLISH_WORDS);
        englishMarks.removeAll(SPANISH_WORDS);
        SPANISH_WORDS.addAll(spanishMarks);
        ENGLISH_WORDS.addAll(englishMarks);
        SPANISH_WORDS.removeAll(EITHER_WORDS);
        ENGLISH_WORDS.removeAll(EITHER_WORDS);
    }

    private static void readMarkers() {
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
                if (trimmed.startsWith("[")) {
                    section = switch (trimmed) {
                        case "[es]" -> SPANISH_WORDS;
                        case "[en]" -> ENGLISH_WORDS;
                        case "[neither]" -> EITHER_WORDS;
                        default -> throw new IllegalStateException("language/markers.txt: unknown section " + trimmed);
                    };
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

    /** Per folded word, how many of the messages hold it. */
    private static Map<String, Integer> messagesHolding(List<String> messages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : messages) {
            for (String word : new HashSet<>(List.of(folded(text.toLowerCase(Locale.ROOT)).split(" ")))) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Words of two letters or more in at least two messages of one language and far rarer in the other. */
    private static Set<String> markers(Map<String, Integer> language, Map<String, Integer> other) {
        Set<String> marks = new HashSet<>();
        language.forEach((word, n) -> {
            if (word.length() > 1 && n >= 2 && n >= CORPUS_RATIO * (other.getOrDefault(word, 0) + 0.5)) {
                marks.add(word);
            }
        });
        return marks;
    }

    private static String folded(String lower) {
        return NOT_WORD.matcher(MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll(" ").strip();
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
        for (String word : folded(lower).split(" ")) {
            if (SPANISH_WORDS.contains(word)) {
                spanish++;
            } else if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        if (spanish == english || mixed(spanish, english)) {
            return null;
        }
        return spanish > english ? SPANISH : ENGLISH;
    }

    /**
     * Spanglish said in both languages about equally ("how fast does it kick in? los antidepresivos me tardaron"): the
     * words do not tell, so the widget's language does. A loan word or two ("el copay", "my abuela") does not mix.
     */
    private static boolean mixed(int spanish, int english) {
        return Math.min(spanish, english) >= MIXED_FROM && MIXED_RATIO * Math.min(spanish, english) >= Math.max(spanish, english);
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
