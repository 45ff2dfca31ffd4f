package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Renders refusals as {@code application/problem+json} with the stable types of docs/api.md. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** The problem body for {@code type}. */
    public static Map<String, Object> body(ProblemType type, String detail, String param) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        if (param != null) {
            body.put("param", param);
        }
        return body;
    }

    /** A response entity for {@code e}. */
    public static ResponseEntity<Map<String, Object>> of(ApiException e) {
        return of(e.type(), e.getMessage(), e.param().orElse(null));
    }

    /** A response entity for {@code type}. */
    public static ResponseEntity<Map<String, Object>> of(ProblemType type, String detail, String param) {
        return ResponseEntity.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(type, detail, param));
    }

    /** Writes a problem straight to a servlet response (from filters, before any controller). */
    public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body(type, detail, null));
        response.setStatus(type.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (type == ProblemType.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"relaypay\"");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
