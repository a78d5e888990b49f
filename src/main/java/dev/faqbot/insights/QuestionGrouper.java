package dev.faqbot.insights;

import dev.faqbot.insights.InsightsRepository.StoredQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups unanswered questions asked in similar words: each question becomes a set of normalised
 * words (lowercase, no punctuation, no stop words, plural "s" dropped); identical sets are one
 * wording, and wordings whose sets overlap by Jaccard index at least {@value #SIMILARITY} join
 * the largest group they resemble.
 */
final class QuestionGrouper {

    static final double SIMILARITY = 0.5;
    private static final int EXAMPLES = 3;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
            "could", "did", "do", "does", "doe", "for", "from", "get", "had", "has", "have", "hello", "hey", "hi",
            "how", "i", "if", "im", "in", "is", "it", "its", "just", "me", "my", "of", "on", "or", "our",
            "please", "so", "that", "the", "there", "this", "to", "u", "us", "was", "we", "were", "what",
            "when", "where", "which", "who", "why", "will", "with", "would", "you", "your", "thanks", "thank");

    /** Groups the questions, largest group first, and returns at most {@code limit} groups. */
    List<QuestionGroup> group(List<StoredQuestion> questions, int limit) {
        // one language's questions never join another's group
        Map<List<Object>, Wording> wordings = new LinkedHashMap<>();
        for (StoredQuestion question : questions) {
            Set<String> words = words(question.text());
            wordings.computeIfAbsent(List.of(question.lang(), words), key -> new Wording(words)).add(question);
        }
        List<Wording> byCount = new ArrayList<>(wordings.values());
        byCount.sort(Comparator.comparingInt((Wording w) -> w.questions.size()).reversed());

        List<Cluster> clusters = new ArrayList<>();
        for (Wording wording : byCount) {
            clusters.stream()
                    .filter(c -> c.lang().equals(wording.lang()) && jaccard(c.words, wording.words) >= SIMILARITY)
                    .findFirst()
                    .ifPresentOrElse(c -> c.members.add(wording), () -> clusters.add(new Cluster(wording)));
        }
        return clusters.stream()
                .map(Cluster::toGroup)
                .sorted(Comparator.comparingInt(QuestionGroup::count).reversed())
                .limit(limit)
                .toList();
    }

    /** The normalised, sorted word set of a question. */
    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String token : text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^\\p{L}\\p{N}]+")) {
            String word = token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
                    ? token.substring(0, token.length() - 1) : token;
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** All questions with exactly the same word set. */
    private static final class Wording {
        final Set<String> words;
        final List<StoredQuestion> questions = new ArrayList<>();

        Wording(Set<String> words) {
            this.words = words;
        }

        void add(StoredQuestion question) {
            questions.add(question);
        }

        String lang() {
            return questions.get(0).lang();
        }
    }

    /** Wordings similar to the first (largest) one. */
    private static final class Cluster {
        final Set<String> words;
        final List<Wording> members = new ArrayList<>();

        Cluster(Wording first) {
            this.words = first.words;
            members.add(first);
        }

        String lang() {
            return members.get(0).lang();
        }

        QuestionGroup toGroup() {
            Map<String, Integer> intents = new HashMap<>();
            Set<String> examples = new LinkedHashSet<>();
            int count = 0;
            for (Wording wording : members) {
                for (StoredQuestion question : wording.questions) {
                    count++;
                    if (question.intent() != null) {
                        intents.merge(question.intent(), 1, Integer::sum);
                    }
                }
                if (examples.size() < EXAMPLES) {
                    examples.add(wording.questions.get(0).text());
                }
            }
            String closestIntent = intents.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            List<String> exampleList = List.copyOf(examples);
            return new QuestionGroup(exampleList.get(0), count, closestIntent, exampleList, lang());
        }
    }
}
