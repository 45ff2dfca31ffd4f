package io.relaypay.interchange.agent.web;

import io.relaypay.interchange.agent.AgentRefusal;
import io.relaypay.interchange.web.Problems;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders {@link AgentRefusal}s as problem+json with their extra members; before the general handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AgentRefusalHandler {

    @ExceptionHandler(AgentRefusal.class)
    ResponseEntity<Map<String, Object>> refused(AgentRefusal e) {
        Map<String, Object> body = Problems.body(e.type(), e.getMessage(), null);
        e.extensions().forEach(body::putIfAbsent);
        return ResponseEntity.status(e.type().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
