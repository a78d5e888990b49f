package dev.faqbot.chat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Counts replies by type and intent, crisis escalations by category, rate-limit rejections and reply latency; never the visitor's text. */
@Component
class ChatMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("faqbot.reply.latency").description("time from a parsed message to its reply")
                .publishPercentileHistogram().register(registry);
    }

    void replied(Reply reply, long startNanos) {
        latency.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        String intent = reply.intent() != null ? reply.intent() : "none";
        registry.counter("faqbot.replies", "type", reply.type(), "intent", intent).increment();
        if (reply.category() != null) {
            registry.counter("faqbot.crisis.escalations", "category", reply.category()).increment();
        }
        if (reply.code() != null) {
            registry.counter("faqbot.errors", "code", reply.code()).increment();
        }
        if ("rate-limited".equals(reply.code())) {
            registry.counter("faqbot.rate-limit.rejections").increment();
        }
    }
}
