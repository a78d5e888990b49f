package dev.faqbot.chat;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts replies by type and intent and crisis escalations by category; never the visitor's text. */
@Component
class ChatMetrics {

    private final MeterRegistry registry;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void replied(Reply reply) {
        String intent = reply.intent() != null ? reply.intent() : "none";
        registry.counter("faqbot.replies", "type", reply.type(), "intent", intent).increment();
        if (reply.category() != null) {
            registry.counter("faqbot.crisis.escalations", "category", reply.category()).increment();
        }
        if (reply.code() != null) {
            registry.counter("faqbot.errors", "code", reply.code()).increment();
        }
    }
}
