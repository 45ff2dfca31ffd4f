package io.relaypay.examples.shop;

import io.relaypay.sdk.CreatePaymentParams;
import io.relaypay.sdk.Event;
import io.relaypay.sdk.Payment;
import io.relaypay.sdk.Payments;
import io.relaypay.sdk.Refund;
import io.relaypay.sdk.UnknownObject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the shop does, apart from HTTP: places orders, starts their payments, and settles them from
 * webhooks or from a re-check with Relaypay. The order id is the payment's reference and idempotency
 * key, so starting a payment twice for one order yields the same payment.
 */
final class ShopService {

    private static final Logger log = LoggerFactory.getLogger(ShopService.class);

    /** What a webhook event did. */
    enum Outcome {
        APPLIED,
        DUPLICATE,
        IGNORED
    }

    /** An order after a re-check, and why the re-check could not be made if it could not. */
    record Refreshed(Order order, Optional<String> problem) {}

    private final OrderStore store;
    private final Payments payments;
    private final URI publicUrl;
    private final Clock clock;
    private final Supplier<String> orderIds;

    ShopService(OrderStore store, Payments payments, URI publicUrl, Clock clock, Supplier<String> orderIds) {
        this.store = store;
        this.payments = payments;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.orderIds = orderIds;
    }

    Order placeOrder(Product product) {
        Order order = new Order(
                orderIds.get(),
                product.sku(),
                product.name(),
                product.price(),
                product.currency(),
                OrderStatus.AWAITING_PAYMENT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                clock.instant(),
                Optional.empty());
        store.insert(order);
        log.info(
                "order={} sku={} amount={} currency={} placed",
                order.id(),
                order.sku(),
                order.amount(),
                order.currency());
        return order;
    }

    /**
     * Creates (or, for an order that has one, fetches again under the same key) the order's payment.
     * A physical product asks Relaypay for a shipping address: the buyer's phone chooses one, and a
     * buyer with none on file is not charged.
     *
     * @throws io.relaypay.sdk.RelaypayException if Relaypay cannot be reached or refuses
     */
    Payment startPayment(Order order, Product.Kind kind) {
        URI page = orderPage(order.id());
        CreatePaymentParams params = CreatePaymentParams.of(order.amount(), order.currency(), order.id())
                .withDescription(order.productName())
                .withSuccessUrl(URI.create(page + "?return=success"))
                .withCancelUrl(URI.create(page + "?return=cancel"));
        Payment payment = payments.create(
                kind == Product.Kind.PHYSICAL ? params.withShippingAddressCollected() : params, order.id());
        store.attachPayment(order.id(), payment.id(), payment.checkoutUrl(), clock.instant());
        log.info(
                "order={} payment={} status={}",
                order.id(),
                payment.id(),
                payment.status().wireValue());
        return payment;
    }

    /** The order, re-checked with Relaypay while it waits for a payment: webhooks can lag behind the buyer. */
    Refreshed refresh(Order order) {
        if (order.status().isFinal() || order.paymentId().isEmpty()) {
            return new Refreshed(order, Optional.empty());
        }
        try {
            Payment payment = payments.retrieve(order.paymentId().get());
            OrderStatus.after(payment.status())
                    .ifPresent(to -> store.settle(
                            order.id(),
                            to,
                            payment.failureMessage(),
                            payment.shippingAddress().map(ShipTo::line),
                            "checked with Relaypay: " + payment.status().wireValue(),
                            clock.instant()));
            return new Refreshed(store.find(order.id()).orElseThrow(), Optional.empty());
        } catch (io.relaypay.sdk.RelaypayException e) {
            log.warn(
                    "order={} payment={} re-check failed: {}",
                    order.id(),
                    order.paymentId().get(),
                    e.getMessage());
            return new Refreshed(order, Optional.of("Could not reach Relaypay just now; the status may be behind."));
        }
    }

    Outcome apply(Event event) {
        Optional<OrderStore.Settlement> settlement = switch (event.data()) {
            case Payment payment -> forPayment(event, payment);
            case Refund refund -> forRefund(refund);
            case UnknownObject other -> Optional.empty();
        };
        if (settlement.isEmpty()) {
            log.info("event={} type={} concerns no order of this shop", event.id(), event.typeName());
            return Outcome.IGNORED;
        }
        boolean applied = store.applyEventOnce(event.id(), event.typeName(), clock.instant(), settlement);
        log.info(
                "event={} type={} order={} {}",
                event.id(),
                event.typeName(),
                settlement.get().orderId(),
                applied ? "applied" : "duplicate");
        return applied ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    private Optional<OrderStore.Settlement> forPayment(Event event, Payment payment) {
        Optional<Order> found = store.find(payment.reference());
        if (found.isEmpty()
                || found.get()
                        .paymentId()
                        .filter(id -> !id.equals(payment.id()))
                        .isPresent()) {
            return Optional.empty();
        }
        Order order = found.get();
        if (order.paymentId().isEmpty()) {
            store.attachPayment(order.id(), payment.id(), payment.checkoutUrl(), clock.instant());
        }
        Optional<OrderStatus> to = OrderStatus.after(payment.status());
        if (to.equals(Optional.of(OrderStatus.PAID))
                && (payment.amount() != order.amount() || !payment.currency().equals(order.currency()))) {
            log.warn(
                    "order={} payment={} paid amount differs from the order: not marking it paid",
                    order.id(),
                    payment.id());
            return Optional.of(new OrderStore.Settlement(
                    order.id(), Optional.empty(), Optional.of("paid amount differs from the order; not marked paid")));
        }
        return Optional.of(new OrderStore.Settlement(
                order.id(),
                to,
                payment.failureMessage(),
                payment.shippingAddress().map(ShipTo::line)));
    }

    private Optional<OrderStore.Settlement> forRefund(Refund refund) {
        return store.findByPayment(refund.payment())
                .map(order -> new OrderStore.Settlement(
                        order.id(),
                        Optional.empty(),
                        Optional.of("refund " + refund.id() + " of " + Money.format(refund.amount(), refund.currency())
                                + ": " + refund.status().wireValue())));
    }

    URI orderPage(String orderId) {
        return URI.create(publicUrl + "/orders/" + orderId);
    }
}
