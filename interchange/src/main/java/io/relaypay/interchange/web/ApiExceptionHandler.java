package io.relaypay.interchange.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal into problem+json; a bug becomes a 500 without internals. Not limited to our
 * packages: errors raised before a handler is chosen (415, 405, unknown paths) must be covered too.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e) {
        return Problems.of(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return Problems.of(ProblemType.INVALID_REQUEST, "the body is not valid JSON", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(ProblemType.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here", null);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> parameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return Problems.of(ProblemType.INVALID_REQUEST, "bad or missing parameter " + name, name);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
        return Problems.of(ProblemType.NOT_FOUND, "no such path", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> bug(Exception e) {
        log.error("unexpected error", e);
        return Problems.of(ProblemType.INTERNAL, "something went wrong on our side; it has been logged", null);
    }
}
