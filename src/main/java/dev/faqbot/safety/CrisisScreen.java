package dev.faqbot.safety;

import java.util.List;
import java.util.Optional;

/**
 * The deterministic crisis screen that runs before anything else on every message.
 * Implementations must never throw on any input and must be safe for concurrent use.
 */
public interface CrisisScreen {

    /**
     * Screens one message in its conversation.
     *
     * @param message the visitor's newest message, raw as it arrived (possibly very long)
     * @param earlier the same conversation's previous visitor messages, oldest first (may be empty)
     * @return a verdict when the message, alone or together with the earlier ones, is crisis-like
     */
    Optional<CrisisVerdict> screen(String message, List<String> earlier);

    /**
     * What the learned layer reads of a message this screen found clear: the message itself, or, when its only crisis
     * wording lay on ordinary idioms ("i od'd on sweet tea", "dying to know"), its normalised text with those idioms cut
     * out, so an idiom the floor knows is not read as crisis by the layer behind it either. Never throws.
     */
    default String learnedReading(String message) {
        return message;
    }
}
