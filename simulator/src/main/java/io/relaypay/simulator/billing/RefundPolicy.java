package io.relaypay.simulator.billing;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.time.Instant;
import java.util.UUID;

/**
 * How a refund is checked and booked. The carrier gives back its share in proportion (rounded half
 * up), never more than is left of it, and all of what is left with the refund that empties the
 * payment, so a fully refunded payment leaves the carrier nothing. Not thread-safe: {@link
 * OperatorBilling} calls it under its lock.
 */
final class RefundPolicy {

    private final Network network;
    private final PaymentBook book;
    private final SubscriberAccounts accounts;

    RefundPolicy(Network network, PaymentBook book, SubscriberAccounts accounts) {
        this.network = network;
        this.book = book;
        this.accounts = accounts;
    }

    BillingRefund refund(BillingPayment payment, VirtualPhone phone, RefundRequest request, Instant now) {
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            throw new BillingException(
                    BillingError.INVALID_PAYMENT_STATUS,
                    "payment " + payment.paymentId() + " is " + payment.status().wireName() + ", not succeeded");
        }
        String currency = payment.request().currency();
        if (request.currency().isPresent() && !request.currency().get().equals(currency)) {
            throw new BillingException(
                    BillingError.CURRENCY_NOT_SUPPORTED,
                    "payment " + payment.paymentId() + " was in " + currency + ", not "
                            + request.currency().get());
        }
        long left = payment.refundableMinor();
        long amount = request.amountMinor().orElse(left);
        if (amount <= 0 || amount > left) {
            throw new BillingException(
                    BillingError.REFUND_AMOUNT_EXCEEDED,
                    "payment " + payment.paymentId() + " has " + left + " minor units left to refund, " + amount
                            + " requested");
        }
        long shareLeft = payment.carrierShareMinor() - payment.refundedShareMinor();
        long share = amount == left
                ? shareLeft
                : Math.min(network.carriers().require(phone.carrier()).shareOf(amount), shareLeft);
        String id = "cbr_" + UUID.randomUUID().toString().replace("-", "");
        String description =
                request.description().orElse("Refund: " + payment.request().description());
        accounts.credit(phone, amount, now);
        network.addToBill(
                phone,
                new Charge(
                        ChargeKind.REFUND,
                        -amount,
                        currency,
                        now,
                        OperatorBilling.service(payment.request()),
                        id,
                        description,
                        -share));
        book.put(payment.refunded(amount, share));
        BillingRefund refund = new BillingRefund(id, payment.paymentId(), request, amount, currency, share, now);
        book.add(refund);
        return refund;
    }
}
