package io.relaypay.interchange.funds;

/**
 * Tops up a buyer's balance by premium SMS so a purchase can be paid from it, when the carrier will
 * not put the purchase on the phone bill. The deposits module implements it; funds only asks for a
 * top-up keyed by the payment and later reads how it ended.
 */
public interface PremiumTopUps {

    /** No premium fallback: a payment the carrier will not bill fails. */
    PremiumTopUps NONE = new PremiumTopUps() {
        @Override
        public TopUp request(String paymentId, String phoneNumber, boolean livemode, long shortfall, String currency) {
            return new TopUp.Failed("premium SMS funding is off");
        }

        @Override
        public TopUp status(String topUpId) {
            return new TopUp.Failed("premium SMS funding is off");
        }
    };

    /**
     * Starts a top-up of at least {@code shortfall} for the payment, in the payment's mode; asking
     * again for the same payment finds the same top-up. The buyer confirms it by its own code round
     * trip.
     */
    TopUp request(String paymentId, String phoneNumber, boolean livemode, long shortfall, String currency);

    /** How the top-up {@code topUpId} stands now. */
    TopUp status(String topUpId);

    /** Where a top-up stands. */
    sealed interface TopUp {
        /**
         * Planned or being billed; the payment waits.
         *
         * @param id the deposit's id
         */
        record Waiting(String id) implements TopUp {}

        /**
         * Every premium message was billed and the balance credited.
         *
         * @param id the deposit's id
         */
        record Credited(String id) implements TopUp {}

        /**
         * It cannot fund the payment (no plan, declined, expired, only partly billed); anything
         * billed stays on the buyer's balance.
         *
         * @param why a sentence for the payment's failure
         */
        record Failed(String why) implements TopUp {}
    }
}
