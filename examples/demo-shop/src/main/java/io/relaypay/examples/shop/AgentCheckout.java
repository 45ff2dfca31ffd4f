package io.relaypay.examples.shop;

import io.relaypay.sdk.agent.AgentTokenException;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.EcKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paying an order through the buyer's local agent, the shop's server side: it signs a short-lived
 * payment token for the order (with the SDK, under the shop's agent key) and remembers its nonce;
 * when the page brings back the interchange's receipt, it verifies it (signature by an interchange
 * receipt key, the nonce it issued for this order, merchant, amount, currency, reference) before it
 * marks the order paid. The page is never trusted: only a receipt that verifies moves the order.
 */
final class AgentCheckout {

    /** What became of a receipt the page brought back. */
    sealed interface Outcome {
        /** The order is paid. */
        record Paid(Order order) implements Outcome {}

        /** The receipt was refused, or says the payment failed; the order is unchanged. */
        record Refused(String why) implements Outcome {}
    }

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AgentCheckout.class);

    private record Issued(String orderId, Instant expires) {}

    private final AgentSettings settings;
    private final PrivateKey key;
    private final URI relaypayUrl;
    private final String shopOrigin;
    private final OrderStore store;
    private final Clock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    AgentCheckout(AgentSettings settings, URI relaypayUrl, URI shopUrl, OrderStore store, Clock clock) {
        this.settings = settings;
        this.relaypayUrl = relaypayUrl;
        this.shopOrigin = origin(shopUrl);
        this.store = store;
        this.clock = clock;
        try {
            this.key = EcKeys.decodePrivatePem(Files.readString(settings.keyFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agent key " + settings.keyFile(), e);
        }
    }

    AgentSettings settings() {
        return settings;
    }

    /** The shop's own origin, which its tokens are issued for and its pages must come from. */
    String shopOrigin() {
        return shopOrigin;
    }

    /** A fresh token for {@code order}: one nonce per token, remembered until it expires. */
    String tokenFor(Order order) {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        issued.values().removeIf(i -> i.expires().isBefore(now));
        PaymentToken token = new PaymentToken(
                settings.merchant(),
                order.amount(),
                order.currency(),
                order.id(),
                Optional.of(order.productName()),
                shopOrigin,
                PaymentTokens.newNonce(),
                now,
                now.plus(TOKEN_LIFETIME));
        issued.put(token.nonce(), new Issued(order.id(), token.expiresAt()));
        log.info("order={} agent token issued", order.id());
        return PaymentTokens.sign(token, settings.kid(), key);
    }

    /** Verifies {@code receipt} for {@code order} and marks it paid when it is a verified success. */
    Outcome settle(Order order, String receipt) {
        ReceiptKeys keys;
        try {
            keys = ReceiptKeys.fetch(relaypayUrl);
        } catch (IOException e) {
            return new Outcome.Refused("Relaypay's receipt keys could not be fetched; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Refused("interrupted");
        }
        Optional<Receipt> verified = Optional.empty();
        for (Map.Entry<String, Issued> entry : issued.entrySet()) {
            if (!entry.getValue().orderId().equals(order.id())) {
                continue;
            }
            try {
                verified = Optional.of(Receipts.verify(receipt, keys, entry.getKey(), settings.merchant()));
                break;
            } catch (AgentTokenException e) {
                // Not the receipt of this token; try the order's other tokens.
            }
        }
        if (verified.isEmpty()) {
            log.warn("order={} agent receipt refused: it does not verify for any token issued for it", order.id());
            return new Outcome.Refused("The receipt does not verify.");
        }
        Receipt paid = verified.get();
        if (!paid.succeeded()) {
            return new Outcome.Refused("Relaypay says the payment failed.");
        }
        if (paid.amount() != order.amount()
                || !paid.currency().equals(order.currency())
                || !paid.reference().equals(order.id())) {
            log.warn("order={} payment={} agent receipt is for another amount or order", order.id(), paid.payment());
            return new Outcome.Refused("The receipt is for another amount or order.");
        }
        issued.remove(paid.nonce());
        store.attachPayment(order.id(), paid.payment(), Optional.empty(), clock.instant());
        store.settle(
                order.id(),
                OrderStatus.PAID,
                Optional.empty(),
                "paid through the Relaypay agent (receipt verified)",
                clock.instant());
        log.info("order={} payment={} paid through the agent", order.id(), paid.payment());
        return new Outcome.Paid(store.find(order.id()).orElseThrow());
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
