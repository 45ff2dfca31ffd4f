package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error answers become the matching exception, carrying the problem; none of these are retried. */
class ProblemAnswersTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    private RelaypayException retrieveFails() {
        return catchThrowableOfType(
                RelaypayException.class, () -> client.payments().retrieve("pay_1"));
    }

    @Test
    void unauthorizedIsAnAuthenticationException() {
        api.answerProblem(401, ProblemTypes.UNAUTHORIZED, "unknown key");

        assertThat(retrieveFails()).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.type()).isEqualTo(ProblemTypes.UNAUTHORIZED);
            assertThat(e.detail()).isEqualTo("unknown key");
        });
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void invalidRequestNamesTheParam() {
        api.answerRaw(400, Map.of("Content-Type", "application/problem+json"), """
                {"type":"https://relaypay.io/problems/invalid-request","title":"Invalid request","status":400,
                 "detail":"amount must be positive","param":"amount","code":"amount_too_small"}
                """);

        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> client.payments().create(CreatePaymentParams.of(1, "EUR", "r"), "k"));

        assertThat(e.param()).contains("amount");
        assertThat(e.problem().code()).contains("amount_too_small");
        assertThat(e).hasMessageContaining("param amount");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void notFoundIsANotFoundException() {
        api.answerProblem(404, ProblemTypes.NOT_FOUND, "no such payment");

        assertThat(retrieveFails()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void invalidStateIsAConflictButNotAnIdempotencyConflict() {
        api.answerProblem(409, ProblemTypes.INVALID_STATE, "already succeeded");

        ConflictException e = catchThrowableOfType(
                ConflictException.class, () -> client.payments().cancel("pay_1", "k"));

        assertThat(e.isIdempotencyConflict()).isFalse();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aReusedIdempotencyKeyIsAnIdempotencyConflictAndIsNotRetried() {
        api.answerProblem(409, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "different body");

        ConflictException e = catchThrowableOfType(
                ConflictException.class, () -> client.payments().create(CreatePaymentParams.of(1, "EUR", "r"), "k"));

        assertThat(e.isIdempotencyConflict()).isTrue();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void unsupportedMediaTypeIsAnApiException() {
        api.answerProblem(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "send JSON");

        assertThat(retrieveFails())
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void anErrorWithoutAProblemBodyStillCarriesTheStatusAndAnExcerpt() {
        api.answerRaw(404, Map.of("Content-Type", "text/html"), "<html>\n<h1>Not here</h1></html>");

        assertThat(retrieveFails()).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.type()).isEqualTo("about:blank");
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.detail()).contains("Not here").doesNotContain("\n");
        });
    }

    @Test
    void everyKindCanBeTellApartByAnExhaustiveSwitch() {
        api.answerProblem(404, ProblemTypes.NOT_FOUND, "gone");

        String kind = switch (retrieveFails()) {
            case AuthenticationException e -> "auth";
            case InvalidRequestException e -> "invalid";
            case NotFoundException e -> "not found";
            case ConflictException e -> "conflict";
            case RateLimitException e -> "rate";
            case ApiException e -> "api";
            case ApiConnectionException e -> "connection";
        };

        assertThat(kind).isEqualTo("not found");
    }
}
