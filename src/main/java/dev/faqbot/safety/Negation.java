package dev.faqbot.safety;

import java.util.Set;

/** A negation ("not", "never", "no") shortly before crisis wording, with only filler words in between. */
final class Negation {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "without", "neither");

    private static final Set<String> GLUE = Set.of("i", "am", "was", "is", "are", "be", "been", "being", "have",
            "has", "had", "do", "does", "did", "really", "even", "ever", "currently", "actually", "feeling", "feel",
            "thinking", "think", "about", "of", "any", "having", "want", "wanting", "to", "planning", "plan",
            "plans", "going", "a", "the", "thoughts", "thought", "intention", "intentions", "intend", "like", "at",
            "all", "definitely", "honestly", "seriously", "just", "that", "so", "would", "will", "could", "myself",
            "anymore", "longer", "im", "at all", "slightly", "remotely", "in", "danger", "risk", "need");

    private Negation() {
    }

    /** True when a negator comes at most five words before the hit at {@code start}, with only glue between. */
    static boolean before(ScanText text, int start) {
        int index = text.tokenAt(start);
        for (int k = index - 1; k >= 0 && k >= index - 5; k--) {
            String word = text.token(k);
            if (NEGATORS.contains(word)) {
                return true;
            }
            if (!GLUE.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
