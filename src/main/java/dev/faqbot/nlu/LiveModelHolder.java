package dev.faqbot.nlu;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes the live model to every session. A reload trains a new model off to the side and
 * swaps it in with one atomic write, so no message ever sees half of a model.
 */
public final class LiveModelHolder {

    private final AtomicReference<LiveModel> current;

    /** A holder whose first model is still loading (the server does not start before it is swapped in). */
    public LiveModelHolder() {
        this.current = new AtomicReference<>();
    }

    public LiveModel get() {
        LiveModel model = current.get();
        if (model == null) {
            throw new IllegalStateException("no model loaded yet: start-up has not finished");
        }
        return model;
    }

    public void swap(LiveModel next) {
        current.set(next);
    }
}
