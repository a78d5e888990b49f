package dev.faqbot.insights;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The bounded hand-off between the message path and the background writer. {@link #offer} never
 * waits: when the queue is full the record is dropped and counted in
 * {@code faqbot.insights.dropped}, so a slow or hung database can never delay a reply.
 */
final class InsightsQueue {

    static final String DROPPED_METER = "faqbot.insights.dropped";

    private final BlockingQueue<PendingInsight> queue;
    private final Counter dropped;

    InsightsQueue(int capacity, MeterRegistry meterRegistry) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.dropped = Counter.builder(DROPPED_METER)
                .description("Insight records dropped because the insights queue was full")
                .register(meterRegistry);
    }

    /** Queues the record if there is room; otherwise drops and counts it. Never blocks. */
    boolean offer(PendingInsight insight) {
        if (queue.offer(insight)) {
            return true;
        }
        dropped.increment();
        return false;
    }

    /**
     * Moves up to {@code max} queued records into the list without waiting. The writer polls on a timer
     * instead of waiting on the queue, so an offer never has to wake a thread: that wake-up cost more CPU per
     * reply than the rest of the insights path.
     */
    int drainTo(List<PendingInsight> into, int max) {
        return queue.drainTo(into, max);
    }

    /** Moves everything queued into the list (used when the writer stops). */
    int drainTo(List<PendingInsight> into) {
        return queue.drainTo(into);
    }

    int size() {
        return queue.size();
    }

    double droppedCount() {
        return dropped.count();
    }
}
