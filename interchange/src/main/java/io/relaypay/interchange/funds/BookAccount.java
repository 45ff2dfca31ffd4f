package io.relaypay.interchange.funds;

import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger account in Relaypay's books, named by what it is for. One exists per currency and mode
 * (test money and live money never meet in a transfer, because they are never in one account).
 *
 * <p>Accounts that hold someone's money (a buyer's wallet, a merchant's balance, the fees earned)
 * may never go below zero. The outside world's side of a flow (a carrier's receivable, the carrier's
 * share as a cost, the external top-up source) has the opposite sign or no constraint.
 */
public sealed interface BookAccount {

    /** The owner column of {@code ledger_accounts}: a user id, a merchant id or {@code system}. */
    String owner();

    /** The purpose column of {@code ledger_accounts}. */
    String purpose();

    /** The ledger's kind for it. */
    AccountKind kind();

    /** The balance rule it is created with, if any. */
    Optional<AccountFlag> constraint();

    /** The chart-of-accounts code stored on the ledger account. */
    int code();

    /** The owner of every account that is Relaypay's own. */
    String SYSTEM = "system";

    /**
     * What a buyer holds with Relaypay.
     *
     * @param userId the buyer
     */
    record Wallet(String userId) implements BookAccount {
        /** Requires the user. */
        public Wallet {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public String owner() {
            return userId;
        }

        @Override
        public String purpose() {
            return "wallet";
        }

        @Override
        public AccountKind kind() {
            return AccountKind.USER;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
        }

        @Override
        public int code() {
            return 100;
        }
    }

    /**
     * What Relaypay owes a merchant.
     *
     * @param merchantId the merchant
     */
    record MerchantBalance(String merchantId) implements BookAccount {
        /** Requires the merchant. */
        public MerchantBalance {
            Objects.requireNonNull(merchantId, "merchantId");
        }

        @Override
        public String owner() {
            return merchantId;
        }

        @Override
        public String purpose() {
            return "balance";
        }

        @Override
        public AccountKind kind() {
            return AccountKind.MERCHANT;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
        }

        @Override
        public int code() {
            return 200;
        }
    }

    /** The merchant fees Relaypay earned. */
    record Fees() implements BookAccount {
        @Override
        public String owner() {
            return SYSTEM;
        }

        @Override
        public String purpose() {
            return "fees";
        }

        @Override
        public AccountKind kind() {
            return AccountKind.FEES;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
        }

        @Override
        public int code() {
            return 300;
        }
    }

    /**
     * What a carrier owes Relaypay for what it billed to its subscribers: an asset, debited by each
     * charge and credited by the carrier's share and its payments, so its credits never exceed its
     * debits.
     *
     * @param carrier the carrier's name, e.g. {@code northwind}
     */
    record CarrierReceivable(String carrier) implements BookAccount {
        /** Requires the carrier. */
        public CarrierReceivable {
            Objects.requireNonNull(carrier, "carrier");
        }

        @Override
        public String owner() {
            return SYSTEM;
        }

        @Override
        public String purpose() {
            return "carrier-receivable/" + carrier;
        }

        @Override
        public AccountKind kind() {
            return AccountKind.CARRIER_RECEIVABLE;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
        }

        @Override
        public int code() {
            return 400;
        }
    }

    /**
     * What the carrier keeps of what it billed: a cost to Relaypay, only ever debited.
     *
     * @param carrier the carrier's name
     */
    record CarrierShare(String carrier) implements BookAccount {
        /** Requires the carrier. */
        public CarrierShare {
            Objects.requireNonNull(carrier, "carrier");
        }

        @Override
        public String owner() {
            return SYSTEM;
        }

        @Override
        public String purpose() {
            return "carrier-share/" + carrier;
        }

        @Override
        public AccountKind kind() {
            return AccountKind.FEES;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
        }

        @Override
        public int code() {
            return 410;
        }
    }

    /** The outside world's side of deposits: where test-mode top-ups come from. Unconstrained. */
    record External() implements BookAccount {
        @Override
        public String owner() {
            return SYSTEM;
        }

        @Override
        public String purpose() {
            return "external";
        }

        @Override
        public AccountKind kind() {
            return AccountKind.EXTERNAL;
        }

        @Override
        public Optional<AccountFlag> constraint() {
            return Optional.empty();
        }

        @Override
        public int code() {
            return 900;
        }
    }
}
