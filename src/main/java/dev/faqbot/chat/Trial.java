package dev.faqbot.chat;

import dev.faqbot.nlu.Classification;
import dev.faqbot.safety.CrisisVerdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ChatService#trial} found for a staff member's question: the exact reply a visitor would get, the crisis
 * verdict when a safety layer decided, and the classifier's top intents with their probabilities.
 */
public record Trial(Reply reply, Optional<CrisisVerdict> verdict, List<Classification.Score> topIntents) {

    static final int TOP_INTENTS = 5;

    public Trial {
        Objects.requireNonNull(reply, "reply must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        topIntents = List.copyOf(topIntents);
    }
}
