package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The last screening step: merges repaired words typed as two ("my self", "over dose") back into one. */
final class WordPairMerger {

    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("my self", "myself"), Map.entry("him self", "himself"), Map.entry("her self", "herself"),
            Map.entry("them selves", "themselves"), Map.entry("them self", "themself"),
            Map.entry("your self", "yourself"), Map.entry("sewer slide", "suicide"),
            Map.entry("sewer side", "suicide"), Map.entry("sui cide", "suicide"), Map.entry("un alive", "unalive"),
            Map.entry("over dose", "overdose"), Map.entry("over dosed", "overdosed"),
            Map.entry("good bye", "goodbye"), Map.entry("k ms", "kill myself"), Map.entry("km s", "kill myself"));

    /** First words of the pairs above: only these can start a pair. */
    private static final Set<String> PAIR_FIRSTS = firstWords(PAIRS.keySet());

    private WordPairMerger() {
    }

    /** Joins word pairs that mean one word ("my self", "sewer slide", "over dose"). */
    static List<String> mergePairs(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i + 1 < words.size() && PAIR_FIRSTS.contains(w)) {
                String merged = PAIRS.get(w + " " + words.get(i + 1));
                if (merged != null) {
                    out.add(merged);
                    i++;
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    private static Set<String> firstWords(Set<String> pairs) {
        Set<String> out = new HashSet<>();
        for (String pair : pairs) {
            out.add(pair.substring(0, pair.indexOf(' ')));
        }
        return out;
    }
}
