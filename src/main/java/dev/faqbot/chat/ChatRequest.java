package dev.faqbot.chat;

/**
 * A visitor's {@code ask}: either {@code text} or a tapped {@code intent}; {@code id} is echoed as
 * {@code replyTo}; {@code conversationId} lets HTTP clients have their recent messages screened together; {@code lang}
 * ("en" or "es") is the widget's interface language, used when the message is too short to tell.
 */
record ChatRequest(String text, String intent, String id, String conversationId, String lang) {

    /** A request without the widget's interface language. */
    public ChatRequest(String text, String intent, String id, String conversationId) {
        this(text, intent, id, conversationId, null);
    }
}
