package dev.faqbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.faqbot.nlu.Classification;
import dev.faqbot.nlu.IntentClassifier;
import dev.faqbot.safety.CrisisCategory;
import dev.faqbot.safety.CrisisScreen;
import dev.faqbot.safety.CrisisVerdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.adapter.AbstractWebSocketSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The handler with a fake session that records what was sent. */
class ChatWebSocketHandlerTests {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final CrisisScreen screen = mock(CrisisScreen.class);
    private final IntentClassifier classifier = mock(IntentClassifier.class);
    private final ChatWebSocketHandler handler = new ChatWebSocketHandler(
            ChatFixtures.chatService(screen, classifier, new SimpleMeterRegistry(), mock(ApplicationEventPublisher.class)),
            new ChatRequestParser(8, 16), mapper, ChatFixtures.RATE_LIMITER, new SimpleMeterRegistry());
    private final RecordingSession session = new RecordingSession();

    @BeforeEach
    void open() throws Exception {
        when(screen.screen(anyString(), anyList())).thenReturn(Optional.empty());
        when(classifier.classify(anyString())).thenReturn(new Classification(List.of(
                new Classification.Score("greeting", 0.9), new Classification.Score("side-effects", 0.05))));
        handler.afterConnectionEstablished(session);
    }

    @Test
    void sendsTheWelcomeOnOpen() {
        JsonNode welcome = session.sent(0);
        assertThat(welcome.get("type").asString()).isEqualTo("welcome");
        assertThat(welcome.get("v").asInt()).isEqualTo(1);
        assertThat(welcome.get("disclaimer").asString()).isNotBlank();
        assertThat(welcome.get("suggestions")).hasSize(2);
    }

    @Test
    void answersAnAskWithReplyTo() throws Exception {
        handler.handleMessage(session, new TextMessage("{\"type\":\"ask\",\"text\":\"hello\",\"id\":\"c-1\"}"));

        JsonNode reply = session.sent(1);
        assertThat(reply.get("type").asString()).isEqualTo("answer");
        assertThat(reply.get("intent").asString()).isEqualTo("greeting");
        assertThat(reply.get("replyTo").asString()).isEqualTo("c-1");
    }

    @Test
    void badJsonGetsAnErrorFrameAndTheSessionStaysOpen() throws Exception {
        handler.handleMessage(session, new TextMessage("{nope"));
        handler.handleMessage(session, new TextMessage("{\"text\":\"hello\"}"));

        assertThat(session.sent(1).get("code").asString()).isEqualTo("invalid-json");
        assertThat(session.sent(2).get("type").asString()).isEqualTo("answer");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void aFrameThatIsNotJsonIsStillScreenedForCrisis() throws Exception {
        when(screen.screen(eq("i want to end my life"), anyList()))
                .thenReturn(Optional.of(new CrisisVerdict(CrisisCategory.SELF_HARM, "r", false)));

        handler.handleMessage(session, new TextMessage("i want to end my life"));
        handler.handleMessage(session, new BinaryMessage("i want to end my life".getBytes(StandardCharsets.UTF_8)));

        assertThat(session.sent(1).get("type").asString()).isEqualTo("crisis");
        assertThat(session.sent(2).get("type").asString()).isEqualTo("crisis");
    }

    @Test
    void binaryFramesGetAnErrorFrame() throws Exception {
        handler.handleMessage(session, new BinaryMessage(ByteBuffer.wrap(new byte[] {1, 2, 3})));

        assertThat(session.sent(1).get("code").asString()).isEqualTo("binary-not-supported");
        assertThat(session.isOpen()).isTrue();
    }

    /** Records every frame sent; Spring's own TestWebSocketSession style. */
    private final class RecordingSession extends AbstractWebSocketSession<Object> {

        private final List<String> sent = new ArrayList<>();
        private boolean open = true;

        RecordingSession() {
            super(new HashMap<>());
            initializeNativeSession(new Object());
        }

        JsonNode sent(int index) {
            return mapper.readTree(sent.get(index));
        }

        @Override
        protected void sendTextMessage(TextMessage message) {
            sent.add(message.getPayload());
        }

        @Override
        protected void sendBinaryMessage(BinaryMessage message) {
            throw new AssertionError("the server never sends binary frames");
        }

        @Override
        protected void sendPingMessage(org.springframework.web.socket.PingMessage message) {
        }

        @Override
        protected void sendPongMessage(org.springframework.web.socket.PongMessage message) {
        }

        @Override
        protected void closeInternal(CloseStatus status) {
            open = false;
        }

        @Override
        public String getId() {
            return "test";
        }

        @Override
        public URI getUri() {
            return URI.create("ws://localhost/ws/chat");
        }

        @Override
        public org.springframework.http.HttpHeaders getHandshakeHeaders() {
            return new org.springframework.http.HttpHeaders();
        }

        @Override
        public java.security.Principal getPrincipal() {
            return null;
        }

        @Override
        public java.net.InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public java.net.InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public String getAcceptedProtocol() {
            return null;
        }

        @Override
        public void setTextMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getTextMessageSizeLimit() {
            return 8192;
        }

        @Override
        public void setBinaryMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getBinaryMessageSizeLimit() {
            return 1024;
        }

        @Override
        public List<org.springframework.web.socket.WebSocketExtension> getExtensions() {
            return List.of();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
