package io.relaypay.simulator.billing;

/** How a payment is charged: CAMARA's 1-STEP ({@code POST /payments}) or 2-STEP ({@code /payments/prepare}). */
public enum PaymentFlow {
    /** Charged at once. */
    ONE_STEP,
    /** Reserved first, then confirmed or cancelled. */
    TWO_STEP
}
