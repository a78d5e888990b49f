package dev.faqbot.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load test over real WebSocket sessions: each of {@code --sessions} visitors asks the questions of
 * {@link VisitorMessages#QUESTIONS} (or of {@code --messages}, files of visitor messages, comma-separated) in turn and the reply latency
 * goes into an HdrHistogram.
 *
 * <p>Open loop (default): every session asks every {@code --interval-ms}, on a fixed schedule; a question
 * that is due while the previous one is unanswered waits, and its latency counts from when it was due, so a
 * stalled server shows up in the figures (no coordinated omission). Closed loop ({@code --closed-loop}): each
 * session asks again as soon as its reply arrives. With {@code --pid} it also reports the server's CPU time
 * per reply over the measured window.
 *
 * <pre>
 * --url=ws://127.0.0.1:8080/ws/chat --sessions=1000 --interval-ms=100 --duration-s=30 --warmup-s=10 [--closed-loop] [--pid=N]
 * [--messages=src/test/resources/nlu/regression-intents.tsv,src/test/resources/safety/regression-ordinary.txt]
 * </pre>
 */
public final class LoadClient {

    private static final int SESSIONS_PER_CLIENT = 250;
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    private final LongAdder replies = new LongAdder();
    private final LongAdder transportErrors = new LongAdder();
    private final Map<String, LongAdder> replyTypes = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureUntil = Long.MAX_VALUE;
    private volatile boolean asking = true;
    private final boolean closedLoop;
    private final List<String> questions;

    private LoadClient(boolean closedLoop, List<String> questions) {
        this.closedLoop = closedLoop;
        this.questions = questions;
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        URI url = URI.create(a.string("url", "ws://127.0.0.1:8080/ws/chat"));
        int sessions = a.integer("sessions", 1000);
        long interval = TimeUnit.MILLISECONDS.toNanos(a.integer("interval-ms", 100));
        long warmup = TimeUnit.SECONDS.toNanos(a.integer("warmup-s", 10));
        long duration = TimeUnit.SECONDS.toNanos(a.integer("duration-s", 30));
        boolean closedLoop = a.flag("closed-loop");
        ServerProcess server = a.string("pid", null) == null ? null : new ServerProcess(Long.parseLong(a.string("pid", null)));
        String messages = a.string("messages", null);
        List<String> questions = VisitorMessages.QUESTIONS;
        if (messages != null) {
            List<String> read = new ArrayList<>();
            for (String file : messages.split(",")) {
                read.addAll(VisitorMessages.readFile(Path.of(file)));
            }
            questions = List.copyOf(new LinkedHashSet<>(read));
        }
        new LoadClient(closedLoop, questions).run(url, sessions, interval, warmup, duration, server);
    }

    private void run(URI url, int sessions, long interval, long warmup, long duration, ServerProcess server) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        List<ExecutorService> executors = new ArrayList<>();
        List<Session> all = new ArrayList<>(sessions);
        long openStart = System.nanoTime();
        for (int i = 0; i < sessions; i += 100) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int k = i; k < Math.min(sessions, i + 100); k++) {
                if (k % SESSIONS_PER_CLIENT == 0) {
                    ExecutorService executor = Executors.newFixedThreadPool(2, daemon());
                    executors.add(executor);
                    clients.add(HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(10)).build());
                }
                Session s = new Session(k);
                all.add(s);
                clients.get(clients.size() - 1).newWebSocketBuilder().buildAsync(url, s);
                batch.add(s.welcomed);
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
        System.out.printf("%d different questions; ", questions.size());
        System.out.printf("%d sessions open in %.1f s; %s%n", sessions, (System.nanoTime() - openStart) / 1e9,
                closedLoop ? "closed loop" : "open loop, one question every " + interval / 1_000_000 + " ms per session");

        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        measureFrom = start + warmup;
        measureUntil = measureFrom + duration;
        Thread scheduler = new Thread(() -> schedule(all, start, interval), "scheduler");
        scheduler.setDaemon(true);
        scheduler.start();

        sleepUntil(measureFrom);
        long cpu0 = server == null ? 0 : server.cpuNanos();
        long client0 = clientCpuNanos();
        long replies0 = replies.sum();
        sleepUntil(measureUntil);
        long cpu1 = server == null ? 0 : server.cpuNanos();
        long client1 = clientCpuNanos();
        long windowReplies = replies.sum() - replies0;
        asking = false;
        scheduler.join();
        long drainUntil = System.nanoTime() + DRAIN_NANOS;
        while (System.nanoTime() < drainUntil && all.stream().anyMatch(Session::waiting)) {
            Thread.sleep(50);
        }
        long unanswered = all.stream().mapToLong(Session::outstanding).sum();

        report(sessions, duration, windowReplies, unanswered, server == null ? -1 : cpu1 - cpu0, client1 - client0);
        for (Session s : all) {
            s.close();
        }
        Thread.sleep(200);
        executors.forEach(ExecutorService::shutdownNow);
    }

    /** Open loop: each session's questions fall due every interval, sessions spread evenly over it. */
    private void schedule(List<Session> all, long start, long interval) {
        if (closedLoop) {
            sleepUntil(start);
            all.forEach(s -> s.due(System.nanoTime()));
            return;
        }
        long[] next = new long[all.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = start + interval * i / next.length;
        }
        while (asking) {
            long now = System.nanoTime();
            for (int i = 0; i < next.length; i++) {
                while (next[i] <= now && next[i] < measureUntil) {
                    all.get(i).due(next[i]);
                    next[i] += interval;
                }
            }
            LockSupport.parkNanos(200_000);
        }
    }

    private void report(int sessions, long duration, long windowReplies, long unanswered, long serverCpu, long clientCpu) {
        Histogram h = latencyMicros.copy();
        double seconds = duration / 1e9;
        System.out.printf("measured %.0f s: %d replies, %.0f replies/s%n", seconds, windowReplies, windowReplies / seconds);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  (%d samples, mean %.2f)%n",
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), h.getTotalCount(), h.getMean() / 1000);
        Map<String, Long> types = new TreeMap<>();
        replyTypes.forEach((type, n) -> types.put(type, n.sum()));
        long errorReplies = types.getOrDefault("error", 0L);
        System.out.printf("replies by type (whole run): %s%n", types);
        System.out.printf("errors: %d error replies, %d transport errors, %d questions unanswered after the run%n",
                errorReplies, transportErrors.sum(), unanswered);
        if (serverCpu >= 0 && windowReplies > 0) {
            System.out.printf("server CPU: %.1f s over the window = %.0f%% of one core, %.0f us per reply%n",
                    serverCpu / 1e9, 100.0 * serverCpu / duration, serverCpu / 1000.0 / windowReplies);
        }
        System.out.printf("client CPU: %.1f s over the window = %.0f%% of one core (shares the %d cores)%n",
                clientCpu / 1e9, 100.0 * clientCpu / duration, Runtime.getRuntime().availableProcessors());
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void sleepUntil(long nanoTime) {
        for (long left; (left = nanoTime - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "ws-client");
            t.setDaemon(true);
            return t;
        };
    }

    /** One visitor: at most one question in flight, later due ones queue with the time they fell due. */
    private final class Session implements WebSocket.Listener {

        final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final int index;
        private final StringBuilder frame = new StringBuilder();
        private final ArrayDeque<Long> backlog = new ArrayDeque<>();
        private final AtomicLong asked = new AtomicLong();
        private WebSocket socket;
        private CompletableFuture<WebSocket> lastSend;
        private boolean inFlight;
        private long inFlightSince;
        private boolean closed;

        Session(int index) {
            this.index = index;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            synchronized (this) {
                socket = webSocket;
                lastSend = CompletableFuture.completedFuture(webSocket);
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            webSocket.request(1);
            if (last) {
                String message = frame.toString();
                frame.setLength(0);
                if (!welcomed.isDone()) {
                    welcomed.complete(null);
                } else {
                    replied(message);
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failed(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failed(new IllegalStateException("closed by the server: " + statusCode + " " + reason));
            return null;
        }

        synchronized void due(long dueAt) {
            if (closed) {
                return;
            }
            if (inFlight) {
                backlog.add(dueAt);
            } else {
                send(dueAt);
            }
        }

        private void send(long dueAt) {
            inFlight = true;
            inFlightSince = dueAt;
            long n = asked.getAndIncrement();
            String question = questions.get((int) ((index * 7919L + n) % questions.size()));
            String json = "{\"type\":\"ask\",\"text\":\"" + question.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"id\":\"" + n + "\"}";
            WebSocket ws = socket;
            lastSend = lastSend.thenCompose(x -> ws.sendText(json, true));
            lastSend.exceptionally(e -> {
                failed(e);
                return null;
            });
        }

        private void replied(String message) {
            long now = System.nanoTime();
            long since;
            synchronized (this) {
                since = inFlightSince;
                inFlight = false;
            }
            replies.increment();
            replyTypes.computeIfAbsent(typeOf(message), t -> new LongAdder()).increment();
            if (since >= measureFrom && since < measureUntil) {
                latencyMicros.recordValue(Math.min(latencyMicros.getHighestTrackableValue(), Math.max(0, (now - since) / 1000)));
            }
            synchronized (this) {
                Long next = backlog.poll();
                if (next != null) {
                    send(next);
                } else if (closedLoop && asking && now < measureUntil) {
                    send(now);
                }
            }
        }

        private synchronized void failed(Throwable error) {
            if (!closed) {
                closed = true;
                transportErrors.increment();
                welcomed.completeExceptionally(error);
                if (transportErrors.sum() <= 3) {
                    System.err.println("session " + index + ": " + error);
                }
            }
        }

        synchronized boolean waiting() {
            return !closed && (inFlight || !backlog.isEmpty());
        }

        synchronized long outstanding() {
            return (inFlight ? 1 : 0) + backlog.size();
        }

        synchronized void close() {
            closed = true;
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
        }
    }

    private static String typeOf(String json) {
        int at = json.indexOf("\"type\":\"");
        if (at < 0) {
            return "unknown";
        }
        int from = at + 8;
        int to = json.indexOf('"', from);
        return to < 0 ? "unknown" : json.substring(from, to);
    }
}
