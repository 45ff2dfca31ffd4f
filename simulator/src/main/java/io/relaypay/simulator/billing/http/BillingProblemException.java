package io.relaypay.simulator.billing.http;

/** Ends a billing API request with a problem answer. */
final class BillingProblemException extends RuntimeException {

    private final transient BillingProblem problem;

    BillingProblemException(BillingProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    BillingProblem problem() {
        return problem;
    }
}
