package dev.faqbot.insights;

import dev.faqbot.chat.ConversationTurn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to every {@link ConversationTurn} on the message path and only queues it: the text is
 * kept for fallback and clarify replies when store-text is on, never for crisis replies, and the
 * queue drops rather than waits.
 */
@Component
class TurnRecorder {

    private final InsightsQueue queue;
    private final boolean storeText;

    TurnRecorder(InsightsQueue queue, InsightsProperties properties) {
        this.queue = queue;
        this.storeText = properties.storeText();
    }

    @EventListener
    void onTurn(ConversationTurn turn) {
        queue.offer(new PendingInsight(turn.at(), turn.replyType(), turn.intent(), turn.crisisCategory(), textToKeep(turn),
                turn.lang()));
    }

    private String textToKeep(ConversationTurn turn) {
        if (!storeText || turn.crisisCategory() != null || turn.visitorText() == null) {
            return null;
        }
        String type = turn.replyType();
        return "fallback".equals(type) || "clarify".equals(type) ? turn.visitorText() : null;
    }
}
