package dev.faqbot.chat;

import io.github.bucket4j.Bucket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * One visitor's conversation, in memory only: the client's address and message bucket for rate
 * limits, and the last few messages so the crisis screen can read them together ("I've been saving
 * my pills" ... "tonight"). Never logged, never stored.
 */
final class Conversation {

    static final int REMEMBERED = 4;
    private static final int MAX_CHARS_PER_MESSAGE = 2_000;

    private final String clientAddress;
    private final Bucket bucket;
    private final Deque<String> recent = new ArrayDeque<>(REMEMBERED);
    private String language;

    public Conversation(String clientAddress, Bucket bucket) {
        this.clientAddress = clientAddress;
        this.bucket = Objects.requireNonNull(bucket, "bucket must not be null");
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Bucket bucket() {
        return bucket;
    }

    /** The remembered messages, oldest first. */
    public synchronized List<String> recent() {
        return List.copyOf(recent);
    }

    /** The language of this conversation's last reply, or null before the first. */
    synchronized String language() {
        return language;
    }

    synchronized void language(String lang) {
        this.language = lang;
    }

    public synchronized void remember(String message) {
        if (recent.size() == REMEMBERED) {
            recent.removeFirst();
        }
        recent.addLast(message.length() > MAX_CHARS_PER_MESSAGE ? message.substring(0, MAX_CHARS_PER_MESSAGE) : message);
    }
}
