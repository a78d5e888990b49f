package dev.faqbot.insights;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

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

    /** Waits up to the timeout for a first record, then adds what else is queued (up to max in all). */
    int poll(List<PendingInsight> into, int max, long timeout, TimeUnit unit) throws InterruptedException {
        PendingInsight first = queue.poll(timeout, unit);
        if (first == null) {
            return 0;
        }
        into.add(first);
        return 1 + queue.drainTo(into, max - 1);
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
