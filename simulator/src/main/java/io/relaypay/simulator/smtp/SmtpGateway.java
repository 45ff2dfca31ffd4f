package io.relaypay.simulator.smtp;

import io.relaypay.simulator.network.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The email-to-SMS gateway: a minimal SMTP server, one virtual thread per connection, delivering
 * mail for {@code <number>@<carrier gateway domain>} to the phone's inbox.
 */
public final class SmtpGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpGateway.class);

    private final ServerSocket server;
    private final Network network;
    private final int maxMessageBytes;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private SmtpGateway(ServerSocket server, Network network, int maxMessageBytes) {
        this.server = server;
        this.network = network;
        this.maxMessageBytes = maxMessageBytes;
        this.acceptor = Thread.ofPlatform().daemon().name("smtp-accept").start(this::acceptLoop);
    }

    /**
     * Starts listening on {@code host:port} (0 = ephemeral).
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SmtpGateway start(Network network, InetAddress host, int port, int maxMessageBytes) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(host, port), 50);
            SmtpGateway gateway = new SmtpGateway(server, network, maxMessageBytes);
            log.info("smtp listening on {}:{}", host.getHostAddress(), gateway.port());
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "SMTP gateway on " + host.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread.ofVirtual().name("smtp-session").start(() -> {
                    try {
                        new SmtpSession(socket, network, "sms-gateway.simulator.test", maxMessageBytes).run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (IOException e) {
                if (!closed) {
                    log.warn("smtp accept failed: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            log.debug("smtp close: {}", e.toString());
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                log.debug("smtp close session: {}", e.toString());
            }
        }
        try {
            acceptor.join(java.time.Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
