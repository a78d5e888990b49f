package dev.faqbot.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * Published as a Spring application event after every reply, for features that learn from
 * traffic (insights). {@code visitorText} is null for crisis replies: crisis text never leaves
 * the message path.
 *
 * @param replyType the reply's wire type: answer, clarify, fallback, crisis or error
 * @param intent the answered or best-guess intent id, or null
 * @param crisisCategory the crisis category id for crisis replies, or null
 * @param visitorText the visitor's text as received, or null (always null for crisis)
 * @param at when the reply was sent
 * @param lang the reply's language ({@code en} or {@code es})
 */
public record ConversationTurn(String replyType, String intent, String crisisCategory, String visitorText, Instant at,
                               String lang) {
    public ConversationTurn {
        Objects.requireNonNull(replyType, "replyType must not be null");
        Objects.requireNonNull(at, "at must not be null");
        if (crisisCategory != null) {
            visitorText = null;
        }
    }
}
