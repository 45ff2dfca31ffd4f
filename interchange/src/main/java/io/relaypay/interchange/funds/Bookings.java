package io.relaypay.interchange.funds;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ledger transfers of each money movement, with ids derived from the object they belong to so
 * that repeating a booking never moves money twice: the ledger answers {@code exists}.
 */
public final class Bookings {

    /** How a booking went. */
    public enum Result {
        /** Booked now or earlier. */
        BOOKED,
        /** A wallet or balance that may not go below zero did not cover it; nothing moved. */
        SHORT
    }

    /** What a top-up did. */
    public enum TopUp {
        /** Credited now. */
        CREDITED,
        /** Credited before under this reference, with the same amount. */
        REPEATED,
        /** The reference was used before for another amount or currency; nothing moved. */
        CONFLICT
    }

    private final Ledger ledger;
    private final LedgerAccounts accounts;

    /** Bookings on {@code ledger}. */
    public Bookings(Ledger ledger, LedgerAccounts accounts) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /** The hold of a payment's amount on the buyer's wallet, by method. */
    public static TransferId holdId(Payment payment, FundingMethod method) {
        return LedgerIds.transfer(payment.id(), "hold/" + method.wire());
    }

    /** Holds the payment's amount in the buyer's wallet for the merchant. */
    public Result holdFromWallet(Payment payment, String buyer) {
        return holdFromWallet(payment, buyer, FundingMethod.BALANCE);
    }

    /**
     * Holds the payment's amount in the buyer's wallet for the merchant, under the hold id of the
     * {@code method} that filled the wallet (a premium top-up has its own, so the post finds it).
     */
    public Result holdFromWallet(Payment payment, String buyer, FundingMethod method) {
        return check(ledger.createTransfers(List.of(hold(payment, buyer, method))));
    }

    /** What the buyer's wallet in {@code payment}'s currency and mode can pay now. */
    public long walletAvailable(Payment payment, String buyer) {
        AccountId wallet = accounts.idOf(new BookAccount.Wallet(buyer), payment.currency(), payment.livemode());
        return ledger.account(wallet)
                .map(record -> record.balance().available())
                .orElse(0L);
    }

    /**
     * Books what the carrier billed the buyer (carrier receivable to wallet, the gross amount), what
     * the carrier keeps of it (share cost to receivable) and the hold for the merchant, as one linked
     * chain: the credit is never booked without the hold it pays for, nor the hold without the credit.
     */
    public Result carrierChargeAndHold(Payment payment, String buyer, String carrier, long share) {
        String currency = payment.currency();
        boolean live = payment.livemode();
        AccountId receivable = accounts.open(new BookAccount.CarrierReceivable(carrier), currency, live);
        List<Transfer> chain = new ArrayList<>();
        chain.add(Transfer.builder(LedgerIds.transfer(payment.id(), "carrier-charge"))
                .debit(receivable)
                .credit(accounts.open(new BookAccount.Wallet(buyer), currency, live))
                .amount(payment.amount())
                .currency(currency)
                .code(Entry.CARRIER_CHARGE.code())
                .linked()
                .build());
        if (share > 0) {
            chain.add(Transfer.builder(LedgerIds.transfer(payment.id(), "carrier-share"))
                    .debit(accounts.open(new BookAccount.CarrierShare(carrier), currency, live))
                    .credit(receivable)
                    .amount(share)
                    .currency(currency)
                    .code(Entry.CARRIER_SHARE.code())
                    .linked()
                    .build());
        }
        chain.add(hold(payment, buyer, FundingMethod.OPERATOR_BILLING));
        return check(ledger.createTransfers(chain));
    }

    /** Posts the hold to the merchant and, linked with it, takes the fee from the merchant. */
    public Result postWithFee(Payment payment, String buyer, FundingMethod method, long fee) {
        String currency = payment.currency();
        boolean live = payment.livemode();
        AccountId merchant = accounts.open(new BookAccount.MerchantBalance(payment.merchantId()), currency, live);
        List<Transfer> batch = new ArrayList<>();
        Transfer.Builder post = Transfer.builder(LedgerIds.transfer(payment.id(), "post"))
                .post(holdId(payment, method))
                .debit(accounts.open(new BookAccount.Wallet(buyer), currency, live))
                .credit(merchant)
                .amount(payment.amount())
                .currency(currency)
                .code(Entry.PAYMENT.code());
        if (fee > 0) {
            batch.add(post.linked().build());
            batch.add(Transfer.builder(LedgerIds.transfer(payment.id(), "fee"))
                    .debit(merchant)
                    .credit(accounts.open(new BookAccount.Fees(), currency, live))
                    .amount(fee)
                    .currency(currency)
                    .code(Entry.FEE.code())
                    .build());
        } else {
            batch.add(post.build());
        }
        return check(ledger.createTransfers(batch));
    }

    /** Gives {@code amount} of a payment back from the merchant's balance to the buyer's wallet. */
    public Result refund(String refundId, Payment payment, long amount) {
        String buyer = payment.userId().orElseThrow(() -> new IllegalStateException(payment.id() + " has no buyer"));
        String currency = payment.currency();
        boolean live = payment.livemode();
        Transfer refund = Transfer.builder(LedgerIds.transfer(refundId, "refund"))
                .debit(accounts.open(new BookAccount.MerchantBalance(payment.merchantId()), currency, live))
                .credit(accounts.open(new BookAccount.Wallet(buyer), currency, live))
                .amount(amount)
                .currency(currency)
                .code(Entry.REFUND.code())
                .build();
        return check(ledger.createTransfers(List.of(refund)));
    }

    /** Credits a buyer's test-mode wallet from the external account, once per reference. */
    public TopUp topUp(String buyer, long amount, String currency, String reference) {
        Transfer credit = Transfer.builder(LedgerIds.transfer(buyer, "top-up/" + reference))
                .debit(accounts.open(new BookAccount.External(), currency, false))
                .credit(accounts.open(new BookAccount.Wallet(buyer), currency, false))
                .amount(amount)
                .currency(currency)
                .code(Entry.TOP_UP.code())
                .build();
        CreateTransferResult result = ledger.createTransfer(credit);
        return switch (result) {
            case OK -> TopUp.CREDITED;
            case EXISTS -> TopUp.REPEATED;
            case EXISTS_WITH_DIFFERENT_FIELDS -> TopUp.CONFLICT;
            default -> throw new IllegalStateException("top-up refused by the ledger: " + result.code());
        };
    }

    private Transfer hold(Payment payment, String buyer, FundingMethod method) {
        String currency = payment.currency();
        boolean live = payment.livemode();
        return Transfer.builder(holdId(payment, method))
                .debit(accounts.open(new BookAccount.Wallet(buyer), currency, live))
                .credit(accounts.open(new BookAccount.MerchantBalance(payment.merchantId()), currency, live))
                .amount(payment.amount())
                .currency(currency)
                .code(Entry.PAYMENT.code())
                // No timeout: the hold is posted right after it is made, or by the janitor's retry.
                .pending(0)
                .build();
    }

    /** All booked: BOOKED; a constrained account short: SHORT; anything else is a bug. */
    private static Result check(List<CreateTransferResult> results) {
        if (results.stream().allMatch(CreateTransferResult::isSuccess)) {
            return Result.BOOKED;
        }
        if (results.contains(CreateTransferResult.EXCEEDS_CREDITS)) {
            return Result.SHORT;
        }
        throw new IllegalStateException("ledger refused a booking: "
                + results.stream().map(CreateTransferResult::code).toList());
    }
}
