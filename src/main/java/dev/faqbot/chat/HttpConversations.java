package dev.faqbot.chat;

import dev.faqbot.system.RateLimiter;
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

    private final RateLimiter rateLimiter;
    private final Map<String, Conversation> conversations = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    HttpConversations(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** The conversation for this id, or a fresh throwaway one when the client sent none. */
    synchronized Conversation get(String conversationId, String clientAddress) {
        if (conversationId == null || conversationId.isBlank() || conversationId.length() > 100) {
            return new Conversation(clientAddress, rateLimiter.newConnectionBucket());
        }
        return conversations.computeIfAbsent(clientAddress + "|" + conversationId,
                id -> new Conversation(clientAddress, rateLimiter.newConnectionBucket()));
    }
}
