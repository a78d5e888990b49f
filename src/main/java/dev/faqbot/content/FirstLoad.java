package dev.faqbot.content;

import dev.faqbot.safety.CrisisRules;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Loads the intents folder, its crisis rules, the first model and the learned crisis layer off the main thread
 * ({@link IntentReloader#loadFirst}, which reads the rules beside the folder and the learned layer beside the models),
 * created before the other singletons so that the work overlaps Spring's start-up on the other core; the
 * sentence-embedding model and the built-in floors started loading in {@code main()}. The server is held until all of
 * it is done: this lifecycle starts before the web server and waits, so no message is answered before screening, the
 * model and the embedding model are live, and an invalid folder still stops start-up with every problem listed.
 */
final class FirstLoad implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FirstLoad.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final CompletableFuture<Void> loading;
    private volatile boolean running;

    FirstLoad(IntentReloader reloader, CompletableFuture<Void> embeddingModel) {
        CompletableFuture<Void> content = CompletableFuture.runAsync(reloader::loadFirst, FirstLoad::inBackground);
        this.loading = CompletableFuture.allOf(content, embeddingModel);
        // the floor alone is the screen's fallback should the staff's rules ever fail: ready it once the server is up
        content.thenRunAsync(CrisisRules::builtIn, FirstLoad::inBackground);
    }

    private static void inBackground(Runnable work) {
        Thread thread = new Thread(work, "intents-first-load");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start() {
        long started = System.nanoTime();
        try {
            while (true) {
                try {
                    loading.get(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillLoading) {
                    log.info("Still preparing crisis screening and the intent model ({} s); the server opens when they are live",
                            (System.nanoTime() - started) / 1_000_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while preparing the model", e);
                } catch (ExecutionException e) {
                    break; // reported by join() below
                }
            }
            loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts accepting connections. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
