package dev.faqbot.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Conversations of HTTP clients that send a {@code conversationId}: a bounded, least-recently-used
 * map, so a client inventing ids cannot grow memory without limit.
 */
@Component
class HttpConversations {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final Map<String, Conversation> conversations = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    /** The conversation for this id, or a fresh throwaway one when the client sent none. */
    synchronized Conversation get(String conversationId) {
        if (conversationId == null || conversationId.isBlank() || conversationId.length() > 100) {
            return new Conversation();
        }
        return conversations.computeIfAbsent(conversationId, id -> new Conversation());
    }
}
