package dev.faqbot.chat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/chat}: the same client message and reply objects as the WebSocket, for clients
 * that cannot hold one. The body is read as text so malformed JSON gets the protocol's error object.
 */
@RestController
class ChatController {

    private final ChatService chat;
    private final ChatRequestParser parser;
    private final HttpConversations conversations;

    ChatController(ChatService chat, ChatRequestParser parser, HttpConversations conversations) {
        this.chat = chat;
        this.parser = parser;
        this.conversations = conversations;
    }

    @PostMapping(path = "/api/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Reply> chat(@RequestBody(required = false) String body, HttpServletRequest http) {
        String text = body == null ? "" : body;
        ChatRequestParser.Parsed parsed = parser.parse(text);
        Reply reply = parsed.error() != null
                ? chat.rejected(parsed.error(), parsed.id(), text, conversations.get(null, http.getRemoteAddr()))
                : chat.reply(parsed.request(), conversations.get(parsed.request().conversationId(), http.getRemoteAddr()));
        return ResponseEntity.status(status(reply)).body(reply);
    }

    private static HttpStatus status(Reply reply) {
        if (!"error".equals(reply.type())) {
            return HttpStatus.OK;
        }
        return ErrorCode.RATE_LIMITED.id().equals(reply.code()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
    }
}
