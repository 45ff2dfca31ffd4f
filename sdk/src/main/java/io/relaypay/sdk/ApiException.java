package io.relaypay.sdk;

/**
 * Any other error answer: a server error (5xx, after retries), an unsupported media type, a status this
 * SDK does not expect, or a success answer it could not read.
 */
public final class ApiException extends ProblemException {

    ApiException(Problem problem) {
        super(problem);
    }
}
