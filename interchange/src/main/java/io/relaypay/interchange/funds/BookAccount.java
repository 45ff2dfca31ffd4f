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
 * share as a cost, the external top-up source) has the opposite sign or no constraint. The chart
 * of accounts is the switches below: one place to read every account's owner, kind, rule and code.
 */
public sealed interface BookAccount {

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
    }

    /** The merchant fees Relaypay earned. */
    record Fees() implements BookAccount {}

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
    }

    /** The outside world's side of deposits: where test-mode top-ups come from. Unconstrained. */
    record External() implements BookAccount {}

    /**
     * What was paid out to a merchant's own payout (bank) account: the outside world's side of
     * payouts, only ever credited, so unconstrained.
     *
     * @param merchantId the merchant paid
     */
    record MerchantPayout(String merchantId) implements BookAccount {
        /** Requires the merchant. */
        public MerchantPayout {
            Objects.requireNonNull(merchantId, "merchantId");
        }
    }

    /**
     * Relaypay's settlement bank account: where carriers' remittances arrive. An asset, debited by
     * cash in; unconstrained because the bank, not the ledger, knows its real balance.
     */
    record SettlementBank() implements BookAccount {}

    /**
     * Cash that arrived and matches nothing owed (a remitted charge we do not know, or more than a
     * charge's payable), held here until an operator sorts it out.
     */
    record Suspense() implements BookAccount {}

    /** Bonus credit Relaypay gives users (promotions): a cost, only ever debited. */
    record PromotionCost() implements BookAccount {}

    /**
     * What a card, bank or stored-value processor owes Relaypay for what it captured and has not
     * paid out yet: debited by each capture, credited by its fee and by refunds to the instrument.
     * Unconstrained, because a full refund after the fee makes it what Relaypay owes the processor.
     *
     * @param processor the processor rail, e.g. {@code card}, {@code bank}, {@code stored-value}
     */
    record ProcessorClearing(String processor) implements BookAccount {
        /** Requires the processor. */
        public ProcessorClearing {
            Objects.requireNonNull(processor, "processor");
        }
    }

    /**
     * What a processor keeps as its fee: a cost to Relaypay, only ever debited.
     *
     * @param processor the processor rail
     */
    record ProcessorFees(String processor) implements BookAccount {
        /** Requires the processor. */
        public ProcessorFees {
            Objects.requireNonNull(processor, "processor");
        }
    }

    /** The owner column of {@code ledger_accounts}: a user id, a merchant id or {@code system}. */
    default String owner() {
        return switch (this) {
            case Wallet w -> w.userId();
            case MerchantBalance m -> m.merchantId();
            case Fees f -> SYSTEM;
            case CarrierReceivable r -> SYSTEM;
            case CarrierShare s -> SYSTEM;
            case External e -> SYSTEM;
            case ProcessorClearing c -> SYSTEM;
            case ProcessorFees f -> SYSTEM;
            case MerchantPayout p -> p.merchantId();
            case SettlementBank b -> SYSTEM;
            case Suspense s -> SYSTEM;
            case PromotionCost c -> SYSTEM;
        };
    }

    /** The purpose column of {@code ledger_accounts}. */
    default String purpose() {
        return switch (this) {
            case Wallet w -> "wallet";
            case MerchantBalance m -> "balance";
            case Fees f -> "fees";
            case CarrierReceivable r -> "carrier-receivable/" + r.carrier();
            case CarrierShare s -> "carrier-share/" + s.carrier();
            case External e -> "external";
            case ProcessorClearing c -> "processor-clearing/" + c.processor();
            case ProcessorFees f -> "processor-fees/" + f.processor();
            case MerchantPayout p -> "payout";
            case SettlementBank b -> "settlement-bank";
            case Suspense s -> "suspense";
            case PromotionCost c -> "promotions";
        };
    }

    /** The ledger's kind for it. */
    default AccountKind kind() {
        return switch (this) {
            case Wallet w -> AccountKind.USER;
            case MerchantBalance m -> AccountKind.MERCHANT;
            case Fees f -> AccountKind.FEES;
            case CarrierReceivable r -> AccountKind.CARRIER_RECEIVABLE;
            case CarrierShare s -> AccountKind.FEES;
            case External e -> AccountKind.EXTERNAL;
            case ProcessorClearing c -> AccountKind.SETTLEMENT;
            case ProcessorFees f -> AccountKind.FEES;
            case MerchantPayout p -> AccountKind.SETTLEMENT;
            case SettlementBank b -> AccountKind.SETTLEMENT;
            case Suspense s -> AccountKind.SUSPENSE;
            case PromotionCost c -> AccountKind.FEES;
        };
    }

    /** The balance rule it is created with, if any. */
    default Optional<AccountFlag> constraint() {
        return switch (this) {
            case Wallet w -> Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
            case MerchantBalance m -> Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
            case Fees f -> Optional.of(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
            case CarrierReceivable r -> Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
            case CarrierShare s -> Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
            case External e -> Optional.empty();
            // Unconstrained: a refund to the card after the processor kept its fee pays out more than
            // came in net, so what the processor owes us can turn into what we owe it.
            case ProcessorClearing c -> Optional.empty();
            case ProcessorFees f -> Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
            case MerchantPayout p -> Optional.empty();
            case SettlementBank b -> Optional.empty();
            case Suspense s -> Optional.empty();
            case PromotionCost c -> Optional.of(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
        };
    }

    /** The chart-of-accounts code stored on the ledger account. */
    default int code() {
        return switch (this) {
            case Wallet w -> 100;
            case MerchantBalance m -> 200;
            case Fees f -> 300;
            case CarrierReceivable r -> 400;
            case CarrierShare s -> 410;
            case External e -> 900;
            case ProcessorClearing c -> 440;
            case ProcessorFees f -> 450;
            case MerchantPayout p -> 500;
            case SettlementBank b -> 510;
            case Suspense s -> 910;
            case PromotionCost c -> 420;
        };
    }
}
