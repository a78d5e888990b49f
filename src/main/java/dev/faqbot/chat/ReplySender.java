package dev.faqbot.chat;

import java.io.IOException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * Sends one session's replies without ever holding the thread that answers. On Jetty a reply is queued and
 * written when the socket can take it; a client that stops reading while replies pile up (more than the
 * session's outgoing-frame limit, see {@code ChatWebSocketConfig}) is disconnected, so it costs no thread and no
 * unbounded memory. Any other session goes through Spring's concurrent decorator with time and buffer limits.
 */
abstract class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int SEND_BUFFER_LIMIT_BYTES = 64 * 1024;

    /** Queues one text frame; a client that went away (or is too slow and gets dropped) is no error of ours. */
    abstract void send(String json);

    static ReplySender of(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof Session jetty) {
            return new Queued(jetty);
        }
        return new Decorated(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT_BYTES));
    }

    private static final class Queued extends ReplySender {
        private final Session session;
        private final Callback dropOnFailure;

        Queued(Session session) {
            this.session = session;
            this.dropOnFailure = Callback.from(() -> { }, failure -> {
                log.debug("Reply not delivered, dropping the client: {}", failure.getClass().getSimpleName());
                session.disconnect();
            });
        }

        @Override
        void send(String json) {
            if (session.isOpen()) {
                session.sendText(json, dropOnFailure);
            }
        }
    }

    private static final class Decorated extends ReplySender {
        private final WebSocketSession session;

        Decorated(WebSocketSession session) {
            this.session = session;
        }

        @Override
        void send(String json) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(json));
            } catch (IOException | IllegalStateException | SessionLimitExceededException e) {
                log.debug("Reply not delivered, client gone or too slow: {}", e.getClass().getSimpleName());
            }
        }
    }
}
