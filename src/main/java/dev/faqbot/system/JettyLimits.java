package dev.faqbot.system;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on every way into the server, applied in Jetty before Spring sees a request: request bodies are capped
 * while they are read ({@code faqbot.limits.max-body-bytes}; {@code /api/chat} reads its own body within the same
 * cap so that it can screen what arrived and answer with the protocol's error object), and clients that send their
 * headers or body too slowly are closed ({@link SlowClientGuard}), and open connections have a ceiling.
 */
@Configuration
@ConditionalOnWebApplication
class JettyLimits {

    static final String CHAT_PATH = "/api/chat";

    /** Connections Jetty accepts beyond the WebSocket ceiling, for page loads and API calls. */
    private static final int HTTP_HEADROOM = 1000;

    /**
     * Jetty's own ceiling on open connections follows {@code faqbot.limits.max-connections}, with headroom for HTTP,
     * so a WebSocket over the ceiling is always answered 503 at the handshake, never refused unheard.
     */
    @Bean
    static WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> connectionCeiling(LimitsProperties limits) {
        return factory -> factory.setMaxConnections(limits.maxConnections() + HTTP_HEADROOM);
    }

    @Bean
    static WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> requestLimits(LimitsProperties limits) {
        return factory -> factory.addServerCustomizers(server -> {
            SlowClientGuard guard = new SlowClientGuard(limits.headerTimeout(), limits.requestTimeout());
            for (Connector connector : server.getConnectors()) {
                connector.addEventListener(guard);
            }
            BodyLimit bodies = new BodyLimit(limits.maxBodyBytes());
            bodies.setHandler(server.getHandler());
            guard.setHandler(bodies);
            server.setHandler(guard);
        });
    }

    /** Jetty's body cap (413 beyond it, counted while reading) on every path but the chat's, which applies its own. */
    static final class BodyLimit extends SizeLimitHandler {

        BodyLimit(long maxBytes) {
            super(maxBytes, -1);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (CHAT_PATH.equals(Request.getPathInContext(request))) {
                return getHandler().handle(request, response, callback);
            }
            return super.handle(request, response, callback);
        }
    }
}
