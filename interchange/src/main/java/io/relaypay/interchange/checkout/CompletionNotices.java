package io.relaypay.interchange.checkout;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.confirmations.ConfirmationTexts;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the buyer by SMS how a payment ended: paid, failed or expired. Only buyers who were sent a
 * confirmation (the payment has a user) are told, so a number someone merely typed gets nothing.
 * A paid notice names the user fee charged with the payment, if any ({@link BuyerFees}); a deferred
 * fee is not named. A notice that cannot be sent is logged, never allowed to undo the payment's
 * outcome.
 */
public final class CompletionNotices {

    private static final Logger log = LoggerFactory.getLogger(CompletionNotices.class);
    private final MessageSender sender;
    private final MerchantService merchants;
    private final BuyerFees fees;

    /** Notices sent with {@code sender}, naming merchants from {@code merchants} and fees from {@code fees}. */
    public CompletionNotices(MessageSender sender, MerchantService merchants, BuyerFees fees) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.fees = Objects.requireNonNull(fees, "fees");
    }

    /** Sends the notice for {@code payment}'s final status, if it has one and a buyer to tell. */
    public void tell(Payment payment) {
        if (payment.userId().isEmpty() || payment.phoneNumber().isEmpty()) {
            return;
        }
        text(payment).ifPresent(text -> {
            try {
                String messageId = sender.send(new PhoneMessage(
                        payment.phoneNumber().get(), text, PhoneMessage.Purpose.COMPLETION, payment.id()));
                log.info("payment {} completion notice {} queued", payment.id(), messageId);
            } catch (RuntimeException e) {
                log.warn(
                        "payment {} completion notice not sent: {}",
                        payment.id(),
                        e.getClass().getSimpleName());
            }
        });
    }

    /** The notice's text for {@code payment}, if its status has one. */
    Optional<String> text(Payment payment) {
        String amount = Amounts.format(payment.amount(), payment.currency());
        String merchant = ConfirmationTexts.shortName(
                merchants.find(payment.merchantId()).map(Merchant::name).orElse("the merchant"));
        return switch (payment.status()) {
            case SUCCEEDED ->
                Optional.of("Relaypay: you paid " + amount + " to " + merchant + fee(payment) + shipping(payment)
                        + ". Thank you.");
            case FAILED ->
                Optional.of("Relaypay: your payment of " + amount + " to " + merchant + " did not go through ("
                        + why(payment) + "). Nothing was charged.");
            case EXPIRED ->
                Optional.of("Relaypay: your payment of " + amount + " to " + merchant
                        + " expired before it was confirmed. Nothing was charged.");
            default -> Optional.empty();
        };
    }

    /** {@code " (fee 0.10 EUR)"} when a user fee was charged with the payment, else nothing. */
    private String fee(Payment payment) {
        return fees.chargedWith(payment)
                .map(fee -> " (fee " + Amounts.format(fee, payment.currency()) + ")")
                .orElse("");
    }

    /** {@code ", shipping to Home, Berlin"} when the payment ships, else nothing. */
    private static String shipping(Payment payment) {
        return payment.shippingAddress()
                .map(a -> ", shipping to " + ShippingTexts.where(a))
                .orElse("");
    }

    private static String why(Payment payment) {
        FailureReason reason = payment.failure().map(Payment.Failure::reason).orElse(FailureReason.FUNDING_FAILED);
        return switch (reason) {
            case DECLINED -> "declined";
            case INSUFFICIENT_FUNDS -> "not enough funds";
            case FUNDING_FAILED -> "the charge failed";
            case CONFIRMATION_FAILED -> "too many wrong codes";
            case EXPIRED -> "expired";
            case CANCELED -> "canceled";
            case SHIPPING_ADDRESS_MISSING -> "no delivery address on file";
        };
    }
}
