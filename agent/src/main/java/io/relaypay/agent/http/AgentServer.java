package io.relaypay.agent.http;

import com.sun.net.httpserver.HttpServer;
import io.relaypay.agent.interchange.MerchantKeys;
import io.relaypay.agent.pairing.PairingStore;
import io.relaypay.agent.payment.PaymentFlow;
import io.relaypay.agent.prompt.PromptDesk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The JDK HTTP server on the loopback address only, a virtual thread per request (a payment
 * request blocks for as long as the prompt is open, which costs a virtual thread nothing).
 */
public final class AgentServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private AgentServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
    }

    /**
     * Binds {@code 127.0.0.1:port} (0: any free port) and serves the agent's API.
     *
     * @param ratePerSecond requests per second all callers share, with a burst of twice as many
     */
    public static AgentServer start(
            int port,
            Clock clock,
            int ratePerSecond,
            MerchantKeys keys,
            PaymentFlow payments,
            PairingStore pairings,
            PromptDesk desk,
            BooleanSupplier enrolled,
            String version)
            throws IOException {
        // Answers are small: without TCP_NODELAY, Nagle and the caller's delayed ACK add ~40 ms to each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 16);
        AgentServer server = new AgentServer(http);
        int bound = http.getAddress().getPort();
        http.createContext(
                "/",
                new AgentRoutes(
                        bound,
                        new RateLimiter(clock, ratePerSecond, ratePerSecond * 2),
                        keys,
                        payments,
                        pairings,
                        desk,
                        enrolled,
                        version));
        http.start();
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
