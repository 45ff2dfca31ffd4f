package io.relaypay.interchange.decisions;

import io.relaypay.routing.decision.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Where every payment decision is kept with the rules that fired, for the admin API and audits. */
public interface DecisionLog {

    /** Stores a decision. */
    void record(StoredDecision decision);

    /** The decisions on {@code paymentId}, newest first. */
    List<StoredDecision> forPayment(String paymentId);

    /**
     * One decision as stored.
     *
     * @param id {@code dec_…}
     * @param paymentId the payment decided on
     * @param allowed whether it was allowed
     * @param confirmation the confirmation required (routing's name: SMS_CODE, PIN, BOTH)
     * @param reasons every reason reported, in rule order
     * @param firedRules ids of the rules that reported something
     * @param ruleSetLabel the rule text's version line
     * @param rulesVersion the stored rules version
     * @param amount minor units decided on
     * @param currency its currency
     * @param carrier the buyer's carrier, as the number plan resolved it
     * @param country the buyer's number's country
     * @param decidedAt when
     */
    record StoredDecision(
            String id,
            String paymentId,
            boolean allowed,
            String confirmation,
            List<Reason> reasons,
            List<String> firedRules,
            String ruleSetLabel,
            long rulesVersion,
            long amount,
            String currency,
            String carrier,
            String country,
            Instant decidedAt) {

        /** Requires every part. */
        public StoredDecision {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(confirmation, "confirmation");
            reasons = List.copyOf(reasons);
            firedRules = List.copyOf(firedRules);
            Objects.requireNonNull(ruleSetLabel, "ruleSetLabel");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }
}
