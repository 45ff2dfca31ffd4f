package io.relaypay.simulator.smsc;

import io.relaypay.simulator.codec.EncodedMessage;
import io.relaypay.simulator.network.MoMessage;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/** Turns an MO into deliver_sm: GSM 03.38 or UCS-2, long texts split with a concatenation UDH. */
final class MoParts {

    private static final byte ESM_CLASS_DEFAULT = 0x00;
    private static final byte ESM_CLASS_UDHI = 0x40;

    private MoParts() {}

    static List<OutboundSm> of(MoMessage mo, int reference) {
        EncodedMessage encoded = EncodedMessage.of(mo.text(), reference & 0xFF);
        OutboundSm.Address from = OutboundSm.Address.of(mo.from());
        OutboundSm.Address to = OutboundSm.Address.of(mo.to());
        byte esmClass = encoded.concatenated() ? ESM_CLASS_UDHI : ESM_CLASS_DEFAULT;
        return encoded.parts().stream()
                .map(part -> new OutboundSm(
                        "mo", mo.id(), from, to, esmClass, (byte) encoded.dataCoding(), part, new OptionalParameter[0]))
                .toList();
    }
}
