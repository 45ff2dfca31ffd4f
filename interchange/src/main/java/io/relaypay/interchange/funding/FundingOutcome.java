package io.relaypay.interchange.funding;

import java.time.Instant;

/** What a funding source said about a charge. */
public sealed interface FundingOutcome {

    /**
     * The money is ours (captured, settled, billed).
     *
     * @param chargeId the processor's or carrier's id
     * @param amount minor units captured
     */
    record Captured(String chargeId, long amount) implements FundingOutcome {}

    /**
     * Refused; nothing was taken (or a bank debit was returned).
     *
     * @param code the decline or return code, e.g. {@code insufficient_funds}, {@code R01}
     * @param reason for people
     */
    record Declined(String code, String reason) implements FundingOutcome {}

    /**
     * The buyer must complete a challenge first (3-D Secure-like).
     *
     * @param chargeId the processor's id
     * @param challengeUrl where the buyer sees the challenge
     */
    record RequiresAction(String chargeId, String challengeUrl) implements FundingOutcome {}

    /**
     * Accepted, settles later (a bank debit): look it up again after {@code settlesAt}.
     *
     * @param chargeId the processor's id
     * @param settlesAt when the bank is expected to settle or return it
     */
    record Pending(String chargeId, Instant settlesAt) implements FundingOutcome {}

    /**
     * The amount is reserved at the source, not taken yet (the phone bill's first step): {@link
     * FundingSource#capture} takes it, {@link FundingSource#release} gives it back.
     *
     * @param chargeId the source's id of the reservation, which becomes the charge's
     */
    record Reserved(String chargeId) implements FundingOutcome {}

    /** A look-up found no charge with that reference: it was never made. */
    record NotFound() implements FundingOutcome {}

    /**
     * No usable answer (timeout, dropped connection, 5xx): the charge may or may not exist; look it
     * up by reference before charging again.
     *
     * @param why for the log
     */
    record Unknown(String why) implements FundingOutcome {}
}
