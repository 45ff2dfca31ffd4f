package io.relaypay.sdk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Turns an error answer into the matching {@link ProblemException}. */
final class Problems {

    private static final int MAX_DETAIL = 200;

    private Problems() {}

    static ProblemException exception(int status, byte[] body, Optional<Duration> retryAfter) {
        Problem problem = problem(status, body);
        return switch (status) {
            case 400 -> new InvalidRequestException(problem);
            case 401, 403 -> new AuthenticationException(problem);
            case 404 -> new NotFoundException(problem);
            case 409 -> new ConflictException(problem);
            case 429 -> new RateLimitException(problem, retryAfter);
            default -> new ApiException(problem);
        };
    }

    /** A 2xx answer whose body does not read as the contract says. */
    static ApiException unreadable(int status, UnreadableJsonException e) {
        return new ApiException(new Problem(
                "about:blank",
                "Unreadable response",
                status,
                "the response did not match the API: " + e.getMessage(),
                Optional.empty(),
                Optional.empty()));
    }

    /** The body's problem; a stand-in from the status when the body is not one (a proxy's page, say). */
    static Problem problem(int status, byte[] body) {
        try {
            JsonFields f = JsonFields.of(JsonCodec.parse(body, "problem"), "problem");
            return new Problem(
                    f.optionalText("type").orElse("about:blank"),
                    f.optionalText("title").orElse(""),
                    status,
                    f.optionalText("detail").orElse(""),
                    f.optionalText("code"),
                    f.optionalText("param"));
        } catch (UnreadableJsonException e) {
            return new Problem(
                    "about:blank",
                    "HTTP " + status,
                    status,
                    excerpt(body),
                    Optional.<String>empty(),
                    Optional.<String>empty());
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, MAX_DETAIL), StandardCharsets.UTF_8);
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
