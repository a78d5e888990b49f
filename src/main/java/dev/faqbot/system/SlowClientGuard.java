package dev.faqbot.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes HTTP clients that send too slowly. Jetty's idle timeout restarts with every byte, so a client trickling one
 * header byte a second would hold its connection for ever; this guard measures the whole request instead:
 * a request whose headers have started arriving but are not complete after {@code headerTimeout}, or a request
 * (headers, body and the reply) not finished after {@code requestTimeout}, has its connection closed. A connection
 * that is merely idle between requests is left to Jetty's idle timeout; upgraded (WebSocket) connections are no
 * longer HTTP connections and are not watched.
 *
 * <p>It is both the handler that sees each request begin and end and the listener that sees each HTTP connection
 * open and close; a sweep every {@link #SWEEP} checks the open ones (a few per client, never per byte).
 */
final class SlowClientGuard extends Handler.Wrapper implements Connection.Listener {

    static final Duration SWEEP = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(SlowClientGuard.class);

    private final long headerNanos;
    private final long requestNanos;
    private final Map<Connection, Progress> open = new ConcurrentHashMap<>();
    private final Scheduler scheduler = new ScheduledExecutorScheduler("slow-client-guard", true);

    SlowClientGuard(Duration headerTimeout, Duration requestTimeout) {
        this.headerNanos = headerTimeout.toNanos();
        this.requestNanos = requestTimeout.toNanos();
        addBean(scheduler);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduler.schedule(this::sweepAndReschedule, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof ConnectionMetaData) {
            open.put(connection, new Progress(connection.getBytesIn()));
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        Progress progress = open.get(connection);
        if (progress == null) {
            return super.handle(request, response, callback);
        }
        progress.begin(System.nanoTime());
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void completed() {
                progress.end(connection.getBytesIn());
            }
        });
    }

    /** Connections currently watched (HTTP connections, not upgraded ones). */
    int watched() {
        return open.size();
    }

    private void sweepAndReschedule() {
        try {
            sweep(System.nanoTime());
        } catch (RuntimeException e) {
            log.warn("Slow-client sweep failed ({}); retrying", e.getClass().getName());
        } finally {
            if (isRunning()) {
                scheduler.schedule(this::sweepAndReschedule, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void sweep(long now) {
        open.forEach((connection, progress) -> {
            String late = progress.late(now, connection.getBytesIn(), headerNanos, requestNanos);
            if (late != null) {
                log.debug("Closing a connection whose {} took too long", late);
                open.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    /** Where one connection's current request is: between requests (with the bytes read by then) or inside one. */
    private static final class Progress {

        private volatile long requestStartedAt;
        private volatile boolean inRequest;
        private volatile long bytesWhenIdle;
        private long partialSince;

        Progress(long bytesIn) {
            this.bytesWhenIdle = bytesIn;
        }

        void begin(long now) {
            requestStartedAt = now;
            inRequest = true;
            partialSince = 0;
        }

        void end(long bytesIn) {
            bytesWhenIdle = bytesIn;
            inRequest = false;
        }

        /** What took too long ("request headers" or "request"), or null; called by the one sweeping thread. */
        String late(long now, long bytesIn, long headerNanos, long requestNanos) {
            if (inRequest) {
                return now - requestStartedAt > requestNanos ? "request" : null;
            }
            if (bytesIn <= bytesWhenIdle) {
                partialSince = 0;
                return null; // idle between requests: Jetty's idle timeout applies
            }
            if (partialSince == 0) {
                partialSince = now;
                return null;
            }
            // the first byte came at most one sweep before it was noticed
            return now - partialSince + SWEEP.toNanos() > headerNanos ? "request headers" : null;
        }
    }
}
