package dev.faqbot.staff;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A slow staff-page computation made once per content on one low-priority background thread and kept until the
 * content changes. Callers get the pending or finished result at once: a request never waits for it.
 */
final class OncePerContent<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OncePerContent.class);

    private final String what;
    private final ExecutorService worker;
    private final AtomicReference<Run<T>> latest = new AtomicReference<>();

    /** @param what names the computation in its thread and in the log line of a failure */
    OncePerContent(String what) {
        this.what = what;
        this.worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, what);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** The result for this content (equal keys are the same content): started now on new content. */
    CompletableFuture<T> of(Object content, Supplier<T> work) {
        Run<T> run = latest.updateAndGet(known -> known != null && Objects.equals(known.content(), content) ? known
                : new Run<>(content, new CompletableFuture<>(), new AtomicBoolean()));
        if (run.started().compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    run.result().complete(work.get());
                } catch (RuntimeException e) {
                    log.warn("The staff page's {} failed ({})", what, e.getClass().getName());
                    run.result().completeExceptionally(e);
                }
            });
        }
        return run.result();
    }

    /** What a result's panel says: computing, failed or ready. */
    static String state(CompletableFuture<?> result) {
        return result.isCompletedExceptionally() ? "failed" : result.isDone() ? "ready" : "computing";
    }

    /** The finished result, or {@code otherwise} while it is computing or when it failed. */
    static <T> T readyOr(CompletableFuture<T> result, T otherwise) {
        return result.isDone() && !result.isCompletedExceptionally() ? result.join() : otherwise;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private record Run<T>(Object content, CompletableFuture<T> result, AtomicBoolean started) {
    }
}
