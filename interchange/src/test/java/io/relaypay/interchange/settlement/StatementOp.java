package io.relaypay.interchange.settlement;

/** One step {@link StatementLedgerPropertyIT} draws; {@link StatementSequence} does it. */
sealed interface StatementOp {

    /** How a deposit is funded, and its wire name in the funding-deposits API. */
    enum Method {
        CARD("card"),
        BANK("bank"),
        STORED_VALUE("stored_value"),
        PHONE_BILL("operator_billing");

        final String wire;

        Method(String wire) {
            this.wire = wire;
        }
    }

    record Deposit(int buyer, Method method, long amount) implements StatementOp {}

    record PremiumDeposit(int buyer, long amount) implements StatementOp {}

    record Purchase(int merchant, int buyer, long amount) implements StatementOp {}

    record Refund(int purchase, int percent) implements StatementOp {}

    record DepositRefund(int deposit, int percent) implements StatementOp {}

    record PayoutRun() implements StatementOp {}
}
