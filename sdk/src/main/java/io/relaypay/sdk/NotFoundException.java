package io.relaypay.sdk;

/** 404: no such object for this merchant and mode. */
public final class NotFoundException extends ProblemException {

    NotFoundException(Problem problem) {
        super(problem);
    }
}
