package dev.faqbot.bench;

import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The transport's own cost: a bare Jetty 12 WebSocket server, no Spring and no bot, that answers every frame with a
 * reply of the size of a typical answer. Load it with {@link LoadClient} like the bot ({@code --pid} prints its
 * server CPU per reply): what the bot costs above this figure is its own work.
 *
 * <pre>
 * [--port=8090] [--reply-bytes=700]   (700 makes a frame of about 750 bytes, the bot's typical answer)
 * </pre>
 */
public final class TransportFloor {

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        String filler = "x".repeat(a.integer("reply-bytes", 700));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(a.integer("port", 8090));
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(Duration.ofMinutes(30));
            container.addMapping("/ws/chat", (request, response, callback) -> new Echo(filler));
        }));
        server.start();
        System.out.printf("transport floor on port %d, pid %d%n", connector.getLocalPort(), ProcessHandle.current().pid());
        server.join();
    }

    /** Sends a welcome on open and one answer-sized reply, echoing the id, per frame. */
    public static final class Echo implements Session.Listener.AutoDemanding {
        private final String filler;
        private Session session;

        Echo(String filler) {
            this.filler = filler;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
            opened.sendText("{\"type\":\"welcome\",\"v\":1}", Callback.NOOP);
        }

        @Override
        public void onWebSocketText(String frame) {
            int at = frame.indexOf("\"id\":\"");
            String id = at < 0 ? "" : frame.substring(at + 6, frame.indexOf('"', at + 6));
            session.sendText("{\"type\":\"answer\",\"replyTo\":\"" + id + "\",\"text\":\"" + filler + "\"}", Callback.NOOP);
        }
    }

    private TransportFloor() {
    }
}
