package dev.faqbot.bench;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Server heap per idle WebSocket connection: opens {@code --connections} chat connections that each
 * receive their welcome and then stay silent, and compares the server's heap after a full GC
 * ({@code jcmd <pid> GC.run}, {@code GC.heap_info}) with the heap before they were opened. Plain sockets with
 * a minimal handshake keep the client small enough to hold tens of thousands of them; {@code --sources=k}
 * spreads them over the local addresses 127.0.0.1..k when one address runs out of ephemeral ports.
 *
 * <pre>
 * --url=ws://127.0.0.1:8080/ws/chat --connections=19000 --pid=N [--sources=1] [--hold-s=0]
 * </pre>
 */
public final class IdleConnections {

    private static final byte[] ASK = "{\"type\":\"ask\",\"text\":\"how long does it last?\",\"id\":\"idle\"}"
            .getBytes(StandardCharsets.UTF_8);

    private static final int FD_MARGIN = 40;

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        URI url = URI.create(a.string("url", "ws://127.0.0.1:8080/ws/chat"));
        int count = a.integer("connections", 10_000);
        int sources = a.integer("sources", 1);
        ServerProcess server = new ServerProcess(Long.parseLong(a.string("pid", "0")));

        long heap0 = server.heapUsedAfterGcKib();
        long rss0 = server.rssKib();
        System.out.printf("before: heap %d KiB after GC, RSS %d KiB%n", heap0, rss0);

        List<SocketChannel> open = new ArrayList<>(count);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                String source = "127.0.0." + (1 + i % sources);
                open.add(connect(url, source));
                if ((i + 1) % 2000 == 0) {
                    System.out.printf("  %d open%n", i + 1);
                }
            }
        } catch (IOException e) {
            System.out.printf("stopped at %d connections: %s%n", open.size(), e);
            // leave this process a few file descriptors for jcmd when the stop was its own open-file limit
            for (int i = 0; i < FD_MARGIN && !open.isEmpty(); i++) {
                open.remove(open.size() - 1).close();
            }
        }
        System.out.printf("%d connections open in %.1f s%n", open.size(), (System.nanoTime() - started) / 1e9);

        Thread.sleep(2000);
        long heap1 = server.heapUsedAfterGcKib();
        long rss1 = server.rssKib();
        System.out.printf("with them: heap %d KiB after GC, RSS %d KiB%n", heap1, rss1);
        System.out.printf("per idle connection: %.1f KiB heap, %.1f KiB RSS%n",
                (heap1 - heap0) / (double) open.size(), (rss1 - rss0) / (double) open.size());

        int sampled = 0;
        int alive = 0;
        for (int i = 0; i < open.size(); i += Math.max(1, open.size() / 10)) {
            sampled++;
            alive += answers(open.get(i)) ? 1 : 0;
        }
        System.out.printf("sampled connections still answering: %d of %d%n", alive, sampled);
        int hold = a.integer("hold-s", 0);
        if (hold > 0) {
            System.out.printf("holding them open %d s (e.g. for jcmd %s GC.class_histogram)%n", hold, a.string("pid", "0"));
            Thread.sleep(hold * 1000L);
        }
        for (SocketChannel channel : open) {
            channel.close();
        }
    }

    /** Opens one WebSocket with a minimal upgrade request and reads the reply headers and the welcome frame. */
    private static SocketChannel connect(URI url, String source) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.bind(new InetSocketAddress(source, 0));
            channel.connect(new InetSocketAddress(url.getHost(), url.getPort()));
            String request = "GET " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            int headerEnd;
            while ((headerEnd = indexOf(in, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) < 0) {
                read(channel, in);
            }
            String status = new String(in.array(), 0, Math.min(12, in.position()), StandardCharsets.US_ASCII);
            if (!status.endsWith("101")) {
                throw new IOException("handshake refused: " + new String(in.array(), 0, headerEnd, StandardCharsets.US_ASCII));
            }
            readFrame(channel, in, headerEnd + 4);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Sends a question on an idle connection and waits for one reply frame. */
    private static boolean answers(SocketChannel channel) {
        try {
            ByteBuffer frame = ByteBuffer.allocate(ASK.length + 6);
            frame.put((byte) 0x81).put((byte) (0x80 | ASK.length)).putInt(0).put(ASK).flip(); // masked, key 0
            channel.write(frame);
            ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            return readFrame(channel, in, 0).contains("\"replyTo\":\"idle\"");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads one unmasked text frame starting at {@code from} in the buffer. */
    private static String readFrame(SocketChannel channel, ByteBuffer in, int from) throws IOException {
        while (in.position() < from + 2) {
            read(channel, in);
        }
        int length = in.get(from + 1) & 0x7f;
        int header = 2;
        if (length == 126) {
            while (in.position() < from + 4) {
                read(channel, in);
            }
            length = ((in.get(from + 2) & 0xff) << 8) | (in.get(from + 3) & 0xff);
            header = 4;
        }
        while (in.position() < from + header + length) {
            read(channel, in);
        }
        return new String(in.array(), from + header, length, StandardCharsets.UTF_8);
    }

    private static void read(SocketChannel channel, ByteBuffer in) throws IOException {
        if (channel.read(in) < 0) {
            throw new EOFException("closed by the server");
        }
    }

    private static int indexOf(ByteBuffer buffer, byte[] needle) {
        byte[] data = buffer.array();
        for (int i = 0; i + needle.length <= buffer.position(); i++) {
            int k = 0;
            while (k < needle.length && data[i + k] == needle[k]) {
                k++;
            }
            if (k == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private IdleConnections() {
    }
}
