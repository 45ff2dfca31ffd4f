package io.relaypay.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.billing.OperatorBilling;
import io.relaypay.simulator.billing.http.CarrierBillingApi;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.processor.Processor;
import io.relaypay.simulator.processor.http.ProcessorApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's HTTP side on the JDK server with a virtual thread per request: the API and web
 * page, the Kannel-compatible gateway, the JSON aggregator API, the operator billing API, the card
 * and bank processor API, and the MO callbacks.
 */
public final class SimulatorHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Callbacks callbacks;

    private SimulatorHttpServer(
            SimulatorConfig config, Network network, OperatorBilling billing, Processor processor, InetAddress host)
            throws IOException {
        this.callbacks = new Callbacks(config.redeliveryInterval());
        PhonesApi api = new PhonesApi(network);
        InboxPage page = new InboxPage(network, billing);
        CarrierBillingApi billingApi = new CarrierBillingApi(billing, config.billingApiKey());
        KannelGateway kannel = new KannelGateway(
                network, callbacks, config.gatewayUsername(), config.gatewayPassword(), config.gatewayDlrDelay());
        JsonAggregatorApi aggregator =
                new JsonAggregatorApi(network, callbacks, config.jsonApiKey(), config.gatewayDlrDelay());
        server = HttpServer.create(new InetSocketAddress(host, config.httpPort()), 64);
        server.setExecutor(executor);
        server.createContext("/phones", exchange -> guarded(exchange, api::handle));
        server.createContext("/carriers", exchange -> guarded(exchange, api::handle));
        server.createContext("/cgi-bin/sendsms", exchange -> guarded(exchange, kannel::handle));
        server.createContext("/api/v1/", exchange -> guarded(exchange, aggregator::handle));
        server.createContext("/carrier-billing/", exchange -> guarded(exchange, billingApi::handle));
        ProcessorApi processorApi = new ProcessorApi(processor);
        server.createContext("/processor/", exchange -> guarded(exchange, processorApi::handle));
        server.createContext(
                "/",
                exchange -> guarded(exchange, e -> {
                    if (!e.getRequestURI().getPath().equals("/")) {
                        throw new ProblemException(
                                Problem.notFound(e.getRequestURI().getPath()));
                    }
                    Exchanges.html(e, 200, page.render());
                }));
        for (String template : config.moCallbackUrls()) {
            network.addMoCallback(HttpMoCallbacks.kannel(template, callbacks));
        }
        for (URI uri : config.moJsonCallbackUrls()) {
            network.addMoCallback(HttpMoCallbacks.json(uri, callbacks));
        }
        server.start();
    }

    /**
     * Starts the HTTP server on {@code host} and the configured port.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SimulatorHttpServer start(
            SimulatorConfig config, Network network, OperatorBilling billing, Processor processor, InetAddress host) {
        try {
            SimulatorHttpServer http = new SimulatorHttpServer(config, network, billing, processor, host);
            log.info("http listening on {}:{}", host.getHostAddress(), http.port());
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "HTTP server on " + host.getHostAddress() + ":" + config.httpPort() + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static void guarded(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            try {
                handler.handle(exchange);
            } catch (ProblemException e) {
                Exchanges.problem(exchange, e.problem());
            } catch (RuntimeException e) {
                log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                Exchanges.problem(
                        exchange,
                        new Problem(
                                500,
                                "https://relaypay.io/problems/simulator/internal",
                                "Internal error",
                                e.toString()));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        callbacks.close();
        executor.shutdownNow();
    }
}
