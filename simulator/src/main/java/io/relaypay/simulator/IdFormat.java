package io.relaypay.simulator;

/**
 * How an SMSC renders a message id: the same underlying number can be reported in the
 * {@code submit_sm_resp} in one form and in the delivery receipt in another, a classic SMSC quirk
 * that gateways must cope with (e.g. resp {@code 1F4A}, receipt {@code 8010}).
 */
public enum IdFormat {
    /** Base 10, e.g. {@code 8010}. */
    DECIMAL,
    /** Base 16 in upper case, e.g. {@code 1F4A}. */
    HEX;

    /** The id in this format. */
    public String render(long id) {
        return switch (this) {
            case DECIMAL -> Long.toString(id);
            case HEX -> Long.toHexString(id).toUpperCase(java.util.Locale.ROOT);
        };
    }
}
