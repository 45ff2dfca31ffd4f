package io.relaypay.messaging.smpp;

import io.relaypay.messaging.Sender;

/**
 * The source_addr fields for a sender. SMSCs route and screen on TON/NPI: an international number
 * is TON 1 (international) NPI 1 (E.164), an alphanumeric name is TON 5 with NPI 0, and a short
 * code is network specific (TON 3) on most carriers but "unknown" (TON 0) on some, so that one is
 * configurable.
 *
 * @param ton source_addr_ton
 * @param npi source_addr_npi
 * @param address source_addr
 */
record SourceAddress(byte ton, byte npi, String address) {

    static final byte TON_INTERNATIONAL = 1;
    static final byte TON_ALPHANUMERIC = 5;
    static final byte NPI_UNKNOWN = 0;
    static final byte NPI_E164 = 1;

    static SourceAddress of(Sender sender, int shortCodeTon, int shortCodeNpi) {
        return switch (sender) {
            case Sender.ShortCode code -> new SourceAddress((byte) shortCodeTon, (byte) shortCodeNpi, code.digits());
            case Sender.LongNumber number -> new SourceAddress(TON_INTERNATIONAL, NPI_E164, number.address());
            case Sender.Alphanumeric name -> new SourceAddress(TON_ALPHANUMERIC, NPI_UNKNOWN, name.name());
        };
    }
}
