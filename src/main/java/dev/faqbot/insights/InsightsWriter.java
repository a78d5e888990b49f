package dev.faqbot.insights;

import dev.faqbot.insights.InsightsRepository.DailyCountKey;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The single background thread that drains the insights queue in batches: counts are summed per
 * day, texts are redacted, then both are written. Database failures are logged by kind only: a
 * driver's message may quote the visitor's text, so it never reaches the log.
 */
final class InsightsWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InsightsWriter.class);
    private static final int BATCH_SIZE = 500;
    private static final long POLL_MILLIS = 250;

    private final InsightsQueue queue;
    private final InsightsRepository repository;
    private final Redactor redactor;
    private volatile boolean running;
    private volatile String databaseState = "not used yet";
    private Thread thread;

    InsightsWriter(InsightsQueue queue, InsightsRepository repository, Redactor redactor) {
        this.queue = queue;
        this.repository = repository;
        this.redactor = redactor;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::drainLoop, "faqbot-insights-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return;
        }
        List<PendingInsight> rest = new ArrayList<>();
        queue.drainTo(rest);
        write(rest);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so no reply of a running server is missed. */
    @Override
    public int getPhase() {
        return 0;
    }

    private void drainLoop() {
        List<PendingInsight> batch = new ArrayList<>(BATCH_SIZE);
        while (running) {
            batch.clear();
            int drained = queue.drainTo(batch, BATCH_SIZE);
            write(batch);
            if (drained < BATCH_SIZE) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Writes one batch; never throws. */
    void write(List<PendingInsight> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Map<DailyCountKey, Long> counts = new HashMap<>();
            for (PendingInsight insight : batch) {
                LocalDate day = LocalDate.ofInstant(insight.at(), ZoneOffset.UTC);
                counts.merge(new DailyCountKey(day, insight.replyType(), insight.intent(), insight.crisisCategory()), 1L, Long::sum);
                if (insight.text() != null && insight.crisisCategory() == null) {
                    String redacted = redactor.redact(insight.text());
                    if (!redacted.isEmpty()) {
                        repository.addQuestion(day, insight.replyType(), insight.intent(), redacted, insight.lang());
                    }
                }
            }
            counts.forEach(repository::addCount);
            databaseState = "ready";
        } catch (RuntimeException e) {
            databaseState = "unavailable: " + describe(e);
            log.warn("Dropped {} insight records: {}", batch.size(), describe(e));
        }
    }

    /** "not used yet", "ready", or "unavailable: " and the kind of the last failure (never its message). */
    String databaseState() {
        return databaseState;
    }

    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return failure.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return failure.getClass().getSimpleName();
    }
}
