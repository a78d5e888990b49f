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
        String intent = reply instanceof Reply.Answer answer ? answer.intent() : "none";
        registry.counter("faqbot.replies", "type", reply.type(), "intent", intent).increment();
        if (reply instanceof Reply.Crisis crisis) {
            registry.counter("faqbot.crisis.escalations", "category", crisis.category()).increment();
        }
        if (reply instanceof Reply.Error error) {
            registry.counter("faqbot.errors", "code", error.code()).increment();
            if (ErrorCode.RATE_LIMITED.id().equals(error.code())) {
                registry.counter("faqbot.rate-limit.rejections").increment();
            }
        }
    }
}
