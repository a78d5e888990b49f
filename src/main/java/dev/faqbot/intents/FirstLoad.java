package dev.faqbot.intents;

import dev.faqbot.safety.CrisisRules;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Loads the intents folder, its crisis rules and the first model on a background thread as soon as the
 * application context creates this bean, so that work (about a second on a cold JVM, most of it indexing the
 * crisis rules) overlaps the rest of Spring's start-up on the other core. The server is held until it is done: this
 * lifecycle starts before the web server and waits, so no message is answered before screening and the model
 * are live, and an invalid folder still stops start-up with every problem listed.
 */
final class FirstLoad implements SmartLifecycle {

    private final CompletableFuture<Void> loading;
    private volatile boolean running;

    FirstLoad(IntentReloader reloader) {
        this.loading = CompletableFuture.runAsync(reloader::loadFirst, FirstLoad::inBackground);
        // the floor alone is the screen's fallback should the staff's rules ever fail: ready it once the server is up
        loading.thenRunAsync(CrisisRules::builtIn, FirstLoad::inBackground);
    }

    private static void inBackground(Runnable work) {
        Thread thread = new Thread(work, "intents-first-load");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start() {
        try {
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
