package io.relaypay.interchange.funding;

import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Bookings;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.FundingMethod;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.interchange.settlement.CarrierCredits;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ledger side of deposits from outside: money a processor captured comes through its clearing
 * account into the buyer's wallet, and its fee goes from a cost account against the clearing
 * account. What a carrier billed is credited as every carrier charge is ({@link CarrierCredits}:
 * receivable to wallet, the share per price point as a cost, a promotion's bonus, the method's user
 * fee), so it shows on the carrier's statement and is matched by its remittance. Transfer ids are
 * derived from the deposit (the charge's reference) or refund id, so a repeat is {@code exists},
 * never a second credit.
 */
public final class FundingBookings {

    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final FundingFees fees;
    private final CarrierCredits carrierCredits;

    /** Bookings on {@code ledger} with {@code fees}; the phone bill's credits by {@code carrierCredits}. */
    public FundingBookings(Ledger ledger, LedgerAccounts accounts, FundingFees fees, CarrierCredits carrierCredits) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.carrierCredits = Objects.requireNonNull(carrierCredits, "carrierCredits");
    }

    /** Where money from {@code instrument} comes through. */
    public static BookAccount clearing(Instrument instrument) {
        return switch (instrument) {
            case Instrument.PhoneBill bill -> new BookAccount.CarrierReceivable(bill.carrier());
            default -> new BookAccount.ProcessorClearing(rail(instrument.kind()));
        };
    }

    /** Where what the source keeps is booked as a cost. */
    public static BookAccount cost(Instrument instrument) {
        return switch (instrument) {
            case Instrument.PhoneBill bill -> new BookAccount.CarrierShare(bill.carrier());
            default -> new BookAccount.ProcessorFees(rail(instrument.kind()));
        };
    }

    /** The processor rail's name in account purposes: {@code card}, {@code bank}, {@code stored-value}. */
    public static String rail(FundingKind kind) {
        return kind.wire().replace('_', '-');
    }

    /**
     * Credits the buyer's wallet with what a source captured for deposit {@code depositId}, and books
     * the source's fee, as one linked chain; for the phone bill, {@link CarrierCredits} books it.
     */
    public Bookings.Result credit(
            String depositId, String userId, Instrument instrument, long amount, String currency, boolean livemode) {
        if (instrument instanceof Instrument.PhoneBill bill) {
            creditBill(depositId, userId, bill, amount, currency, livemode);
            return Bookings.Result.BOOKED;
        }
        AccountId clearing = accounts.open(clearing(instrument), currency, livemode);
        long fee = fees.of(instrument, amount);
        List<Transfer> chain = new ArrayList<>();
        Transfer.Builder credit = Transfer.builder(LedgerIds.transfer(depositId, "funding-charge"))
                .debit(clearing)
                .credit(accounts.open(new BookAccount.Wallet(userId), currency, livemode))
                .amount(amount)
                .currency(currency)
                .code(Entry.FUNDING_CHARGE.code());
        if (fee > 0) {
            chain.add(credit.linked().build());
            chain.add(Transfer.builder(LedgerIds.transfer(depositId, "processor-fee"))
                    .debit(accounts.open(cost(instrument), currency, livemode))
                    .credit(clearing)
                    .amount(fee)
                    .currency(currency)
                    .code(Entry.PROCESSOR_FEE.code())
                    .build());
        } else {
            chain.add(credit.build());
        }
        return check(ledger.createTransfers(chain));
    }

    /**
     * Credits the buyer's wallet with what the carrier billed to {@code bill} for deposit {@code
     * depositId}, by {@link CarrierCredits}; answers the carrier's share booked, which its
     * remittance withholds. Throws when the ledger refuses; a repeat books nothing more (the ids are
     * the deposit's) and answers the same share while the terms are unchanged.
     */
    public long creditBill(
            String depositId,
            String userId,
            Instrument.PhoneBill bill,
            long amount,
            String currency,
            boolean livemode) {
        return carrierCredits
                .credit(new CarrierCredits.Deposit(
                        depositId,
                        userId,
                        bill.carrier(),
                        FundingMethod.OPERATOR_BILLING.wire(),
                        amount,
                        currency,
                        livemode))
                .share();
    }

    /**
     * Takes {@code amount} from the buyer's wallet back to the source's clearing account, for a
     * refund to the original instrument; SHORT when the wallet does not cover it. For the phone
     * bill the carrier gives its share of the refunded amount back too, so that share's cost is
     * reversed in the same linked chain (first, so the receivable never turns negative).
     */
    public Bookings.Result giveBack(
            String refundId, String userId, Instrument instrument, long amount, String currency, boolean livemode) {
        AccountId clearing = accounts.open(clearing(instrument), currency, livemode);
        AccountId wallet = accounts.open(new BookAccount.Wallet(userId), currency, livemode);
        List<Transfer> chain = new ArrayList<>();
        long share = shareGivenBack(instrument, amount);
        if (share > 0) {
            chain.add(Transfer.builder(LedgerIds.transfer(refundId, "carrier-share-refund"))
                    .debit(clearing)
                    .credit(accounts.open(cost(instrument), currency, livemode))
                    .amount(share)
                    .currency(currency)
                    .code(Entry.FUNDING_REFUND.code())
                    .linked()
                    .build());
        }
        chain.add(Transfer.builder(LedgerIds.transfer(refundId, "funding-refund"))
                .debit(wallet)
                .credit(clearing)
                .amount(amount)
                .currency(currency)
                .code(Entry.FUNDING_REFUND.code())
                .build());
        return check(ledger.createTransfers(chain));
    }

    /**
     * What the source gives back of its share when {@code amount} is refunded to {@code
     * instrument}: the carrier's share of it for the phone bill (its remittance takes back the
     * amount less this), nothing for processors, which keep their fee.
     */
    public long shareGivenBack(Instrument instrument, long amount) {
        return instrument instanceof Instrument.PhoneBill ? fees.of(instrument, amount) : 0;
    }

    /**
     * Undoes {@link #giveBack} when the source refused the refund: the money returns to the
     * buyer's wallet, where the refund then stays.
     */
    public Bookings.Result takeBackToWallet(
            String refundId, String userId, Instrument instrument, long amount, String currency, boolean livemode) {
        AccountId clearing = accounts.open(clearing(instrument), currency, livemode);
        List<Transfer> chain = new ArrayList<>();
        long share = shareGivenBack(instrument, amount);
        Transfer.Builder back = Transfer.builder(LedgerIds.transfer(refundId, "funding-refund-reversal"))
                .debit(clearing)
                .credit(accounts.open(new BookAccount.Wallet(userId), currency, livemode))
                .amount(amount)
                .currency(currency)
                .code(Entry.FUNDING_REFUND.code());
        if (share > 0) {
            chain.add(back.linked().build());
            chain.add(Transfer.builder(LedgerIds.transfer(refundId, "carrier-share-refund-reversal"))
                    .debit(accounts.open(cost(instrument), currency, livemode))
                    .credit(clearing)
                    .amount(share)
                    .currency(currency)
                    .code(Entry.FUNDING_REFUND.code())
                    .build());
        } else {
            chain.add(back.build());
        }
        return check(ledger.createTransfers(chain));
    }

    private static Bookings.Result check(List<CreateTransferResult> results) {
        if (results.stream().allMatch(CreateTransferResult::isSuccess)) {
            return Bookings.Result.BOOKED;
        }
        if (results.contains(CreateTransferResult.EXCEEDS_CREDITS)
                || results.contains(CreateTransferResult.EXCEEDS_DEBITS)) {
            return Bookings.Result.SHORT;
        }
        throw new IllegalStateException("ledger refused a funding booking: "
                + results.stream().map(CreateTransferResult::code).toList());
    }
}
