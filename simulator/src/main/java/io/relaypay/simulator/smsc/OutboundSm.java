package io.relaypay.simulator.smsc;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;

/**
 * A {@code deliver_sm} the SMSC owes an ESME: a delivery receipt or (a part of) an MO.
 *
 * @param kind {@code "dlr"} or {@code "mo"}, for logs
 * @param reference the message id it concerns, for logs
 */
record OutboundSm(
        String kind,
        String reference,
        Address source,
        Address destination,
        byte esmClass,
        byte dataCoding,
        byte[] shortMessage,
        OptionalParameter[] tlvs) {

    /** An SMPP address with its type of number and numbering plan. */
    record Address(TypeOfNumber ton, NumberingPlanIndicator npi, String address) {

        /** The SMPP form of an address: international E.164 without '+', else unknown/ISDN. */
        static Address of(String address) {
            if (address.startsWith("+")) {
                return new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, address.substring(1));
            }
            return new Address(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, address);
        }

        static Address of(byte ton, byte npi, String address) {
            TypeOfNumber t;
            NumberingPlanIndicator n;
            try {
                t = TypeOfNumber.valueOf(ton);
            } catch (IllegalArgumentException e) {
                t = TypeOfNumber.UNKNOWN;
            }
            try {
                n = NumberingPlanIndicator.valueOf(npi);
            } catch (IllegalArgumentException e) {
                n = NumberingPlanIndicator.UNKNOWN;
            }
            return new Address(t, n, address == null ? "" : address);
        }
    }
}
