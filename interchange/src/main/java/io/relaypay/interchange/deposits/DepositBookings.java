package io.relaypay.interchange.deposits;

import io.relaypay.interchange.funds.BookAccount;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.LedgerIds;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ledger side of one billed premium message, as operator billing books a charge
 * (docs/funds.md): carrier receivable → wallet for the gross price, and carrier share → carrier
 * receivable for what the carrier keeps (rounded half up, as the carrier computes it), linked so
 * that neither is booked without the other. Transfer ids derive from the charge's id (a plan item
 * or a premium MO), so booking it again moves nothing: the ledger answers {@code exists}.
 */
public final class DepositBookings {

    private final Ledger ledger;
    private final LedgerAccounts accounts;
    private final Carriers carriers;

    /** Bookings on {@code ledger}, shares from {@code carriers}. */
    public DepositBookings(Ledger ledger, LedgerAccounts accounts, Carriers carriers) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.carriers = Objects.requireNonNull(carriers, "carriers");
    }

    /** The carrier billing {@code phoneNumber}, whose share terms are configured. */
    public java.util.Optional<Carriers.Carrier> carrierOf(String phoneNumber) {
        return carriers.of(phoneNumber);
    }

    /**
     * Credits {@code userId} the full {@code gross} a carrier billed for the charge {@code chargeId}
     * and books the carrier's share as a cost.
     *
     * @return the carrier's share booked
     */
    public long credit(
            String chargeId, String userId, Carriers.Carrier carrier, long gross, String currency, boolean livemode) {
        AccountId receivable = accounts.open(new BookAccount.CarrierReceivable(carrier.name()), currency, livemode);
        long share = carrier.shareOf(gross);
        List<Transfer> chain = new ArrayList<>();
        Transfer.Builder charge = Transfer.builder(LedgerIds.transfer(chargeId, "carrier-charge"))
                .debit(receivable)
                .credit(accounts.open(new BookAccount.Wallet(userId), currency, livemode))
                .amount(gross)
                .currency(currency)
                .code(Entry.CARRIER_CHARGE.code());
        if (share > 0) {
            chain.add(charge.linked().build());
            chain.add(Transfer.builder(LedgerIds.transfer(chargeId, "carrier-share"))
                    .debit(accounts.open(new BookAccount.CarrierShare(carrier.name()), currency, livemode))
                    .credit(receivable)
                    .amount(share)
                    .currency(currency)
                    .code(Entry.CARRIER_SHARE.code())
                    .build());
        } else {
            chain.add(charge.build());
        }
        List<CreateTransferResult> results = ledger.createTransfers(chain);
        if (!results.stream().allMatch(CreateTransferResult::isSuccess)) {
            throw new IllegalStateException("ledger refused the credit of " + chargeId + ": "
                    + results.stream().map(CreateTransferResult::code).toList());
        }
        return share;
    }
}
