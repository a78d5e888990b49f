package dev.faqbot.nlu;

import java.util.List;

/** What to do with a classified message. */
public sealed interface Decision {

    /** Confident enough to give this intent's curated answer. */
    record Answer(String intent, double confidence) implements Decision {
    }

    /** The top intents are too close to call: ask which one was meant. */
    record Clarify(List<String> intents) implements Decision {
    }

    /** Nothing reached the threshold; {@code closestIntent} (may be null) is for staff insights only. */
    record Fallback(String closestIntent) implements Decision {
    }
}
