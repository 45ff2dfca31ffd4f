package io.relaypay.interchange.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of an HTTP server that can let a POST through and then close the connection
 * instead of passing the answer back: the request is carried out, the client cannot know it was.
 * The fault a carrier billing client must survive without charging twice. HTTP/1.1 clients do not
 * pipeline, so the first bytes from the server after a POST are that POST's answer.
 */
public final class AnswerDroppingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final AtomicInteger dropsLeft = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean open = true;

    /** A proxy on an ephemeral loopback port to {@code upstream} (scheme, host and port are used). */
    public AnswerDroppingProxy(URI upstream) throws IOException {
        this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("answer-dropping-proxy").start(this::acceptLoop);
    }

    /** The proxy's base URI: same paths as upstream. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Drops the answers to the next {@code n} POSTs. */
    public void dropNextPostAnswers(int n) {
        dropsLeft.addAndGet(n);
    }

    /** Stops dropping answers not dropped yet. */
    public void passEverything() {
        dropsLeft.set(0);
    }

    /** How many answers were dropped so far. */
    public int dropped() {
        return dropped.get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client;
                Socket server = new Socket(upstream.getAddress(), upstream.getPort())) {
            AtomicBoolean dropNextAnswer = new AtomicBoolean();
            Thread requests = Thread.ofVirtual().start(() -> copyRequests(client, server, dropNextAnswer));
            copyAnswers(server, client, dropNextAnswer);
            requests.join();
        } catch (IOException | InterruptedException e) {
            // the connection ended; nothing to clean up beyond the sockets
        }
    }

    private void copyRequests(Socket client, Socket server, AtomicBoolean dropNextAnswer) {
        byte[] buffer = new byte[8192];
        try (InputStream in = client.getInputStream()) {
            OutputStream out = server.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (startsWithPost(buffer, n) && dropsLeft.getAndUpdate(d -> Math.max(0, d - 1)) > 0) {
                    dropNextAnswer.set(true);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
            server.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    private void copyAnswers(Socket server, Socket client, AtomicBoolean dropNextAnswer) throws IOException {
        byte[] buffer = new byte[8192];
        InputStream in = server.getInputStream();
        OutputStream out = client.getOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (dropNextAnswer.get()) {
                dropped.incrementAndGet();
                closeQuietly(server);
                closeQuietly(client);
                return;
            }
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private static boolean startsWithPost(byte[] buffer, int n) {
        return n >= 5 && new String(buffer, 0, 5, StandardCharsets.US_ASCII).equals("POST ");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
    }
}
