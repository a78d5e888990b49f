package dev.faqbot.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the intents folder (and its crisis and out-of-scope subfolders) and reloads in the
 * background after edits settle, so staff changes go live without a restart.
 */
class IntentFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntentFolderWatcher.class);
    private static final long SETTLE_MILLIS = 400;

    private final Path dir;
    private final IntentReloader reloader;
    private volatile WatchService watcher;
    private volatile Thread thread;

    public IntentFolderWatcher(Path dir, IntentReloader reloader) {
        this.dir = dir;
        this.reloader = reloader;
    }

    @Override
    public void start() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path folder : new Path[] {dir, dir.resolve("crisis"), dir.resolve("out-of-scope")}) {
                if (Files.isDirectory(folder)) {
                    folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot watch {} for changes ({}); restart to load edits", dir, e.getMessage());
            return;
        }
        thread = new Thread(this::watch, "intents-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for intent edits", dir.toAbsolutePath());
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // let a burst of saves (editors write several times) settle before retraining once
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reloader.reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void stop() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.debug("Closing the intents watcher: {}", e.getMessage());
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
