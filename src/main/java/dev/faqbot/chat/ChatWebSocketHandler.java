package dev.faqbot.chat;

import dev.faqbot.system.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.springframework.web.util.UriComponentsBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat over WebSocket ({@code /ws/chat}): a welcome on open, then one JSON reply per JSON
 * message. Thin: parsing is {@link ChatRequestParser}'s, answering {@link ChatService}'s. Bad input
 * gets an {@code error} frame and the connection stays open. Replies go out through a {@link ReplySender},
 * so a slow client is dropped instead of holding a thread; on shutdown every socket is closed with 1001.
 */
@Component
public class ChatWebSocketHandler extends AbstractWebSocketHandler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatWebSocketHandler.class);
    private static final String CONVERSATION = "faqbot.conversation";
    private static final String SENDER = "faqbot.sender";

    private final ChatService chat;
    private final ChatRequestParser parser;
    private final JsonMapper mapper;
    private final RateLimiter rateLimiter;
    private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public ChatWebSocketHandler(ChatService chat, ChatRequestParser parser, JsonMapper mapper, RateLimiter rateLimiter,
                                MeterRegistry registry) {
        this.chat = chat;
        this.parser = parser;
        this.mapper = mapper;
        this.rateLimiter = rateLimiter;
        registry.gauge("faqbot.sessions.open", open, Set::size);
    }

    /** WebSocket connections open right now. */
    public int openSessions() {
        return open.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
        session.getAttributes().put(CONVERSATION, new Conversation(address, rateLimiter.newConnectionBucket()));
        session.getAttributes().put(SENDER, ReplySender.of(session));
        open.add(session);
        send(session, chat.welcome(requestedLanguage(session)));
    }

    /** The {@code lang} query parameter of the WebSocket's URL ({@code /ws/chat?lang=es}), or null. */
    private static String requestedLanguage(WebSocketSession session) {
        return session.getUri() == null ? null
                : UriComponentsBuilder.fromUri(session.getUri()).build().getQueryParams().getFirst("lang");
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Conversation conversation = (Conversation) session.getAttributes().get(CONVERSATION);
        ChatRequestParser.Parsed parsed = parser.parse(message.getPayload());
        Reply reply = parsed.error() != null
                ? chat.rejected(parsed.error(), parsed.id(), message.getPayload(), conversation)
                : chat.reply(parsed.request(), conversation);
        send(session, reply);
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        String asText = StandardCharsets.UTF_8.decode(message.getPayload()).toString();
        send(session, chat.rejected(ErrorCode.BINARY, null, asText, (Conversation) session.getAttributes().get(CONVERSATION)));
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket transport error: {}", exception.getClass().getName());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        open.remove(session);
        session.getAttributes().remove(CONVERSATION);
        session.getAttributes().remove(SENDER);
    }

    private void send(WebSocketSession session, Reply reply) {
        ReplySender sender = (ReplySender) session.getAttributes().get(SENDER);
        if (sender != null) {
            sender.send(mapper.writeValueAsString(reply));
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Graceful shutdown: tell every client the server is going away (1001) so the widget reconnects elsewhere. */
    @Override
    public void stop() {
        running = false;
        for (WebSocketSession session : open) {
            try {
                session.close(CloseStatus.GOING_AWAY);
            } catch (IOException | RuntimeException e) {
                log.debug("Closing a session on shutdown: {}", e.getClass().getName());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
