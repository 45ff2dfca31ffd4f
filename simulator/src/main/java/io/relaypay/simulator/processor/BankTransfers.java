package io.relaypay.simulator.processor;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACH-style debits and credits. Each stays pending for the configured days of the processor's
 * clock; the first read after that settles it or returns it (test accounts decide which).
 * Thread-safe.
 */
public final class BankTransfers {

    private final Clock clock;
    private final Duration settlement;
    private final Map<String, BankTransfer> transfers = new LinkedHashMap<>();

    BankTransfers(Clock clock, int settlementDays) {
        this.clock = clock;
        this.settlement = Duration.ofDays(settlementDays);
    }

    /** Sends a debit or credit to the bank; it is pending. An IBAN needs no routing number (empty). */
    public synchronized BankTransfer create(
            BankTransfer.Direction direction,
            String accountNumber,
            String routingNumber,
            long amount,
            String currency,
            String reference) {
        if (!accountNumber.matches("[A-Z0-9]{4,34}")) {
            throw ProcessorException.invalid("account_number must be 4 to 34 digits or capital letters (an IBAN)");
        }
        if (!routingNumber.isEmpty() && !routingNumber.matches("[0-9]{9}")) {
            throw ProcessorException.invalid("routing_number must be 9 digits, or absent for an IBAN");
        }
        Cards.requirePositive(amount);
        BankTransfer transfer = new BankTransfer(
                Ids.next("bt"),
                direction,
                accountNumber,
                routingNumber,
                amount,
                currency,
                reference,
                BankTransfer.Status.PENDING,
                "",
                clock.instant(),
                clock.instant().plus(settlement));
        transfers.put(transfer.id(), transfer);
        return transfer;
    }

    /** The transfer as it is now. */
    public synchronized Optional<BankTransfer> transfer(String id) {
        settleDue();
        return Optional.ofNullable(transfers.get(id));
    }

    /** The transfers made with this client reference, oldest first. */
    public synchronized List<BankTransfer> byReference(String reference) {
        settleDue();
        return transfers.values().stream()
                .filter(t -> t.reference().equals(reference))
                .toList();
    }

    /** Every transfer, oldest first. */
    public synchronized List<BankTransfer> all() {
        settleDue();
        return List.copyOf(transfers.values());
    }

    synchronized void settleDue() {
        var now = clock.instant();
        transfers.replaceAll((id, t) ->
                t.status() == BankTransfer.Status.PENDING && !t.settlesAt().isAfter(now) ? t.settled() : t);
    }
}
