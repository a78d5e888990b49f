package dev.faqbot.chat;

/**
 * A visitor's {@code ask}: either {@code text} or a tapped {@code intent}; {@code id} is echoed as
 * {@code replyTo}; {@code conversationId} lets HTTP clients have their recent messages screened together.
 */
public record ChatRequest(String text, String intent, String id, String conversationId) {
}
