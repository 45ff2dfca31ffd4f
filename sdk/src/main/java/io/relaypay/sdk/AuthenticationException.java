package io.relaypay.sdk;

/** 401: the API key is missing, unknown or revoked. */
public final class AuthenticationException extends ProblemException {

    AuthenticationException(Problem problem) {
        super(problem);
    }
}
