package io.relaypay.sdk;

/** 400: the request was malformed or a field is missing or bad; {@link #param()} names it. */
public final class InvalidRequestException extends ProblemException {

    InvalidRequestException(Problem problem) {
        super(problem);
    }
}
