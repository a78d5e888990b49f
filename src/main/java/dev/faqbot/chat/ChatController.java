package dev.faqbot.chat;

import dev.faqbot.system.LimitsProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/chat}: the same client message and reply objects as the WebSocket, for clients
 * that cannot hold one. The body is read as text so malformed JSON gets the protocol's error object, and never more
 * than {@code faqbot.limits.max-body-bytes} of it: a larger body is refused with 413 and {@code too-long} after
 * screening the part read (a crisis in it still gets the crisis reply), without waiting for the rest.
 */
@RestController
class ChatController {

    private final ChatService chat;
    private final ChatRequestParser parser;
    private final HttpConversations conversations;
    private final int maxBodyBytes;

    ChatController(ChatService chat, ChatRequestParser parser, HttpConversations conversations, LimitsProperties limits) {
        this.chat = chat;
        this.parser = parser;
        this.conversations = conversations;
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Reply> chat(HttpServletRequest http) throws IOException {
        byte[] body = readAtMost(http, maxBodyBytes + 1);
        String address = http.getRemoteAddr();
        if (body.length > maxBodyBytes) {
            String arrived = new String(body, 0, maxBodyBytes, StandardCharsets.UTF_8);
            Reply reply = chat.rejected(ErrorCode.TOO_LONG, null, arrived, conversations.get(null, address));
            return ResponseEntity.status(reply instanceof Reply.Error ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.OK).body(reply);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        ChatRequestParser.Parsed parsed = parser.parse(text);
        Reply reply = parsed.error() != null
                ? chat.rejected(parsed.error(), parsed.id(), text, conversations.get(null, address))
                : chat.reply(parsed.request(), conversations.get(parsed.request().conversationId(), address));
        return ResponseEntity.status(status(reply)).body(reply);
    }

    /** Up to {@code limit} bytes of the body; a declared length above it is not waited for. */
    private static byte[] readAtMost(HttpServletRequest http, int limit) throws IOException {
        long declared = http.getContentLengthLong();
        try (InputStream in = http.getInputStream()) {
            return in.readNBytes(declared >= 0 ? (int) Math.min(declared, limit) : limit);
        }
    }

    private static HttpStatus status(Reply reply) {
        if (!(reply instanceof Reply.Error error)) {
            return HttpStatus.OK;
        }
        return ErrorCode.RATE_LIMITED.id().equals(error.code()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
    }
}
