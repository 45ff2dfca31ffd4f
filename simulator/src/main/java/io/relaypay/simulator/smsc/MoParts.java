package io.relaypay.simulator.smsc;

import io.relaypay.simulator.codec.EncodedMessage;
import io.relaypay.simulator.network.MoMessage;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/** Turns an MO into deliver_sm: GSM 03.38 or UCS-2, long texts split with a concatenation UDH. */
final class MoParts {

    private static final byte ESM_CLASS_DEFAULT = 0x00;
    private static final byte ESM_CLASS_UDHI = 0x40;

    /** Vendor TLV: the network's id of a billed premium MO, ASCII. */
    static final short TAG_PREMIUM_MO_ID = 0x1402;

    private MoParts() {}

    static List<OutboundSm> of(MoMessage mo, int reference) {
        EncodedMessage encoded = EncodedMessage.of(mo.text(), reference & 0xFF);
        OutboundSm.Address from = OutboundSm.Address.of(mo.from());
        OutboundSm.Address to = OutboundSm.Address.of(mo.to());
        byte esmClass = encoded.concatenated() ? ESM_CLASS_UDHI : ESM_CLASS_DEFAULT;
        // A premium MO tells the provider what it billed, in the same vendor TLV a premium MT carries.
        // Its network id goes along, so that the provider can tell a second billed MO with the same
        // text from a redelivery of the first (SMPP gives an MO no id of its own).
        OptionalParameter[] tlvs = mo.price()
                .map(price -> new OptionalParameter[] {
                    new OptionalParameter.OctetString(SubmitHandler.TAG_PREMIUM_PRICE, price.wire()),
                    new OptionalParameter.OctetString(TAG_PREMIUM_MO_ID, mo.id())
                })
                .orElse(new OptionalParameter[0]);
        return encoded.parts().stream()
                .map(part -> new OutboundSm(
                        "mo", mo.id(), from, to, esmClass, (byte) encoded.dataCoding(), part, tlvs.clone()))
                .toList();
    }
}
