package io.relaypay.messaging.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InvalidMessageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP server for gateway callbacks: {@code GET|POST /callbacks/{channel}/dlr} and {@code
 * /callbacks/{channel}/mo}, each routed to the channel's {@link CallbackParser} and
 * {@link io.relaypay.messaging.channel.InboundSink}. Runs on the JDK's HTTP server with one virtual
 * thread per request, so it needs no framework; the interchange can mount the same parsers in Spring.
 *
 * <p>Every callback URL carries a token ({@link CallbackSigner}); one without a valid token is
 * answered {@code 401} before its body is read or parsed. Bad input never reaches a sink: it is answered {@code 400 application/problem+json} with a
 * stable {@code type} URI; bodies past the size limit are answered 413 without being read in full.
 * A good callback is answered 200 with an empty body, because Kannel turns a non-empty answer to an
 * MO {@code get-url} into a reply SMS.
 */
public final class CallbackServer implements AutoCloseable {
    /** Default limit on a callback body; real callbacks are well under 2 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Problem type: the callback could not be read. */
    public static final URI INVALID_CALLBACK = URI.create("https://relaypay.io/problems/invalid-callback");
    /** Problem type: the callback URL carries no valid token. */
    public static final URI CALLBACK_UNAUTHORIZED = URI.create("https://relaypay.io/problems/callback-unauthorized");
    /** Problem type: the body is over the size limit. */
    public static final URI CALLBACK_TOO_LARGE = URI.create("https://relaypay.io/problems/callback-too-large");
    /** Problem type: no channel or callback kind at this path. */
    public static final URI UNKNOWN_CALLBACK = URI.create("https://relaypay.io/problems/unknown-callback");
    /** Problem type: only GET and POST are accepted. */
    public static final URI METHOD_NOT_ALLOWED = URI.create("https://relaypay.io/problems/method-not-allowed");
    /** Problem type: the event could not be stored now; the gateway should send the callback again. */
    public static final URI SINK_UNAVAILABLE = URI.create("https://relaypay.io/problems/sink-unavailable");
    /** Type of the problem answered when something unexpected failed. */
    public static final URI INTERNAL_ERROR = URI.create("https://relaypay.io/problems/internal-error");

    private static final Logger LOG = LoggerFactory.getLogger(CallbackServer.class);
    private static final String PREFIX = "/callbacks/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final int maxBodyBytes;
    private final Map<String, CallbackRoute> routes = new ConcurrentHashMap<>();

    private CallbackServer(HttpServer server, ExecutorService executor, int maxBodyBytes) {
        this.server = server;
        this.executor = executor;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Starts a server on {@code address} (port 0 picks a free port) with the default body limit. */
    public static CallbackServer start(InetSocketAddress address) {
        return start(address, DEFAULT_MAX_BODY_BYTES);
    }

    /** Starts a server on {@code address} that refuses bodies over {@code maxBodyBytes}. */
    public static CallbackServer start(InetSocketAddress address, int maxBodyBytes) {
        Objects.requireNonNull(address, "address");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for callbacks on " + address, e);
        }
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        var callbacks = new CallbackServer(server, executor, maxBodyBytes);
        server.setExecutor(executor);
        server.createContext("/", callbacks::handle);
        server.start();
        LOG.info("callback server listening address={}", callbacks.baseUri());
        return callbacks;
    }

    /** Routes the callbacks of {@code route.channel()}; replaces an earlier route of that channel. */
    public void register(CallbackRoute route) {
        routes.put(pathSegment(route.channel()), route);
    }

    /** Stops routing callbacks of {@code channel}; they are answered 404 from now on. */
    public void unregister(String channel) {
        routes.remove(pathSegment(channel));
    }

    /** {@code http://host:port} of the bound socket, the base for callback URLs in tests. */
    public URI baseUri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
    }

    /** The URL a gateway calls for callbacks of {@code kind} on {@code channel}, under {@code base}. */
    public static String callbackUri(URI base, String channel, CallbackKind kind) {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return root + PREFIX + pathSegment(channel) + "/" + kind.pathSegment();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private static String pathSegment(String channel) {
        return FormCodec.encode(channel).replace("+", "%20");
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            // The gateway went away mid-answer or wrote garbage; nothing was delivered twice.
            LOG.debug("callback exchange failed: {}", e.toString());
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String[] segments =
                path.startsWith(PREFIX) ? path.substring(PREFIX.length()).split("/", -1) : new String[0];
        Optional<CallbackKind> kind = segments.length == 2 ? CallbackKind.ofPathSegment(segments[1]) : Optional.empty();
        CallbackRoute route = kind.isPresent() ? routes.get(segments[0]) : null;
        if (route == null) {
            problem(exchange, 404, UNKNOWN_CALLBACK, "Unknown callback", "no callback at " + Quoted.of(path));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            problem(exchange, 405, METHOD_NOT_ALLOWED, "Method not allowed", "use GET or POST");
            return;
        }
        String rawQuery =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        if (!route.signer().verify(kind.get(), rawQuery)) {
            // The query holds the token: log neither, only who knocked.
            LOG.warn(
                    "callback without a valid token channel={} kind={} remote={}",
                    route.channel(),
                    kind.get(),
                    exchange.getRemoteAddress());
            problem(exchange, 401, CALLBACK_UNAUTHORIZED, "Unauthorized callback", "missing or invalid 'sig'");
            return;
        }
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            problem(exchange, 413, CALLBACK_TOO_LARGE, "Callback too large", "body over " + maxBodyBytes + " bytes");
            return;
        }
        var request = new CallbackRequest(
                kind.get(),
                method,
                rawQuery,
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                body.get());
        InboundEvent event;
        try {
            event = route.parser().parse(request);
        } catch (InvalidMessageException e) {
            LOG.info("callback rejected channel={} kind={} reason={}", route.channel(), kind.get(), e.getMessage());
            problem(exchange, 400, INVALID_CALLBACK, "Invalid callback", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("callback parser failed channel={} kind={}", route.channel(), kind.get(), e);
            problem(exchange, 500, INTERNAL_ERROR, "Internal error", "the callback could not be processed");
            return;
        }
        try {
            route.sink().accept(event);
        } catch (RuntimeException e) {
            // Not taken: a 503 makes Kannel and aggregators retry the callback later.
            LOG.error(
                    "inbound sink failed channel={} event={}; asking for redelivery",
                    route.channel(),
                    event.getClass().getSimpleName(),
                    e);
            problem(exchange, 503, SINK_UNAVAILABLE, "Try again later", "the event could not be stored");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, -1);
    }

    /** The body, or empty when it is over the limit (judged by Content-Length or by reading one byte past it). */
    private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodyBytes) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
        }
    }

    private static void problem(HttpExchange exchange, int status, URI type, String title, String detail)
            throws IOException {
        var problem = JSON.createObjectNode()
                .put("type", type.toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        byte[] body = JSON.writeValueAsBytes(problem);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
