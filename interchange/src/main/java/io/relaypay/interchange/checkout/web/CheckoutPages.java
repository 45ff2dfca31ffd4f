package io.relaypay.interchange.checkout.web;

import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.checkout.Notice;
import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.web.FormTokens;
import io.relaypay.interchange.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds what the checkout page and its script show from a payment, and sets the page's headers. */
public final class CheckoutPages {

    private final CheckoutService checkout;
    private final FormTokens tokens;
    private final Clock clock;

    /** Pages over {@code checkout}. */
    public CheckoutPages(CheckoutService checkout, FormTokens tokens, Clock clock) {
        this.checkout = checkout;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The subject of a payment's form tokens. */
    static String tokenSubject(String paymentId) {
        return "checkout:" + paymentId;
    }

    /** The page model of {@code payment}. */
    public CheckoutPage page(Payment payment, Mode mode, Optional<Notice> notice) {
        Optional<Confirmation> confirmation = payment.status() == PaymentStatus.REQUIRES_CONFIRMATION
                ? checkout.confirmation(payment.id())
                : Optional.empty();
        Optional<User> buyer = confirmation.flatMap(checkout::buyer);
        long secondsLeft = secondsLeft(payment);
        long lockedMinutes = buyer.filter(u -> u.pinLocked(clock.instant()))
                .flatMap(User::pinLockedUntil)
                .map(until -> (Duration.between(clock.instant(), until).toSeconds() + 59) / 60)
                .orElse(0L);
        boolean needsCode = confirmation.map(c -> c.method().needsCode()).orElse(false);
        boolean codeDone = confirmation.map(Confirmation::codeConfirmed).orElse(false);
        String next = nextUrl(payment).map(URI::toString).orElse("");
        String phone = payment.phoneNumber().orElse("");
        return new CheckoutPage(
                payment.id(),
                state(payment.status()),
                payment.status().wire(),
                mode.key(),
                checkout.merchantName(payment),
                payment.description().orElse(""),
                Amounts.format(payment.amount(), payment.currency()),
                payment.status().waitingForBuyer(),
                secondsLeft,
                String.format("%d:%02d", secondsLeft / 60, secondsLeft % 60),
                phone,
                phone.isEmpty() ? "" : User.masked(phone),
                needsCode,
                codeDone,
                confirmation.map(c -> c.method().needsPin()).orElse(false),
                confirmation.map(Confirmation::pinConfirmed).orElse(false),
                buyer.map(User::hasPin).orElse(false),
                lockedMinutes,
                confirmation.map(checkout::triesLeft).orElse(0),
                needsCode
                        && !codeDone
                        && confirmation
                                .map(c -> c.sends() < checkout.sendsAllowed())
                                .orElse(false),
                payment.failure().map(Payment.Failure::message).orElse(""),
                next,
                mode == Mode.PAGE && payment.status() == PaymentStatus.SUCCEEDED && !next.isEmpty(),
                merchantOrigin(payment).orElse(""),
                notice.map(Notice::message).orElse(""),
                notice.map(Notice::problem).orElse(false),
                tokens.token(tokenSubject(payment.id())),
                "/account/pin?payment=" + payment.id());
    }

    /** The status the page's script follows. */
    public CheckoutStatus status(Payment payment) {
        return new CheckoutStatus(
                payment.id(),
                payment.status().wire(),
                payment.failure().map(f -> f.reason().wire()).orElse(null),
                payment.failure().map(Payment.Failure::message).orElse(null),
                secondsLeft(payment),
                nextUrl(payment).map(URI::toString).orElse(null));
    }

    /**
     * Where the buyer goes once the payment ended: the success URL when paid, the cancel URL
     * otherwise, each with {@code ?payment=<id>}.
     */
    public static Optional<URI> nextUrl(Payment payment) {
        Optional<URI> base = switch (payment.status()) {
            case SUCCEEDED -> payment.successUrl();
            case FAILED, CANCELED, EXPIRED -> payment.cancelUrl();
            default -> Optional.empty();
        };
        return base.map(url -> UriComponentsBuilder.fromUri(url)
                .queryParam("payment", payment.id())
                .build()
                .toUri());
    }

    /** The security headers for {@code payment}'s page in {@code mode}. */
    public static void headers(HttpServletResponse response, Payment payment, Mode mode) {
        Set<String> merchant = PageHeaders.origins(List.of(payment.successUrl(), payment.cancelUrl()));
        PageHeaders.apply(response, mode == Mode.FRAME ? merchant : Set.of(), merchant);
    }

    /** The merchant's page origin: the widget is on the page the success (or cancel) URL leads back to. */
    static Optional<String> merchantOrigin(Payment payment) {
        return PageHeaders.origins(List.of(payment.successUrl(), payment.cancelUrl())).stream()
                .findFirst();
    }

    private long secondsLeft(Payment payment) {
        if (!payment.status().waitingForBuyer()) {
            return 0;
        }
        return Math.max(
                0, Duration.between(clock.instant(), payment.expiresAt()).toSeconds());
    }

    private static String state(PaymentStatus status) {
        return switch (status) {
            case REQUIRES_PHONE_NUMBER -> "phone";
            case REQUIRES_CONFIRMATION -> "confirm";
            case PROCESSING -> "processing";
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case CANCELED -> "canceled";
            case EXPIRED -> "expired";
        };
    }
}
