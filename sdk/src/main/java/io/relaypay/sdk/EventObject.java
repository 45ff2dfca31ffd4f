package io.relaypay.sdk;

/**
 * The object a webhook event carries in {@code data.object}: a {@link Payment}, a {@link Refund}, or,
 * for an object kind this SDK does not know, an {@link UnknownObject}.
 */
public sealed interface EventObject permits Payment, Refund, UnknownObject {

    /** The object's id ({@code pay_…}, {@code re_…}, …). */
    String id();
}
