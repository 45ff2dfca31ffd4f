package io.relaypay.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, so a test can send exactly the headers a hostile page or a
 * rebinding attack would (the JDK client refuses to set Host, for one).
 */
final class RawHttp {

    /** One answer. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? Optional.empty() : Optional.of(String.join(", ", values));
        }

        boolean hasCorsHeaders() {
            return headers.keySet().stream().anyMatch(h -> h.startsWith("access-control-"));
        }
    }

    private final int port;
    private final List<String[]> headers = new ArrayList<>();
    private String method = "GET";
    private String path = "/";
    private byte[] body = new byte[0];

    private RawHttp(int port) {
        this.port = port;
    }

    static RawHttp to(int port) {
        return new RawHttp(port).header("Host", "127.0.0.1:" + port);
    }

    RawHttp request(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    /** Adds a header; {@code Host} replaces the default. */
    RawHttp header(String name, String value) {
        if (name.equalsIgnoreCase("Host")) {
            headers.removeIf(h -> h[0].equalsIgnoreCase("Host"));
        }
        headers.add(new String[] {name, value});
        return this;
    }

    RawHttp withoutHost() {
        headers.removeIf(h -> h[0].equalsIgnoreCase("Host"));
        return this;
    }

    RawHttp body(String contentType, String content) {
        header("Content-Type", contentType);
        this.body = content.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    RawHttp json(String content) {
        return body("application/json", content);
    }

    Response send() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            for (String[] h : headers) {
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
            if (body.length > 0 || method.equals("POST")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The agent may refuse and close before reading an oversized body.
            }
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        String body = raw.substring(end + 4);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Response(
                status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
