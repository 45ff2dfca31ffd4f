package io.relaypay.messaging.smpp.inbound;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.smpp.codec.SmppFormatException;

/** The {@code message_state} TLV (0x0427) values of SMPP 3.4 section 5.2.28, and SMPP 5.0's SKIPPED. */
final class MessageStates {

    private MessageStates() {}

    /**
     * The status {@code state} stands for.
     *
     * @throws SmppFormatException for a value SMPP does not define
     */
    static DeliveryStatus status(int state) {
        return switch (state) {
            case 1 -> DeliveryStatus.ENROUTE;
            case 2 -> DeliveryStatus.DELIVERED;
            case 3 -> DeliveryStatus.EXPIRED;
            case 4 -> DeliveryStatus.DELETED;
            case 5, 9 -> DeliveryStatus.UNDELIVERABLE;
            case 6 -> DeliveryStatus.ACCEPTED;
            case 7 -> DeliveryStatus.UNKNOWN;
            case 8 -> DeliveryStatus.REJECTED;
            default -> throw new SmppFormatException("unknown message_state " + state);
        };
    }
}
