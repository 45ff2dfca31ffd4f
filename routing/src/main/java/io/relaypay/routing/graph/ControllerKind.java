package io.relaypay.routing.graph;

/** What kind of outside system a controller is; one messaging channel per kind. */
public enum ControllerKind {
    /** A carrier's or a bulk provider's SMPP message centre. */
    SMSC,
    /** A reseller that reaches several carriers' SMSCs over one connection. */
    AGGREGATOR,
    /** An SMTP (or HTTP) gateway that turns mail into messages or delivers mail itself. */
    EMAIL_GATEWAY,
    /** The local agent on the phone, reached over Wi-Fi, internet, Bluetooth or a dock relay. */
    AGENT_PUSH,
    /** A carrier's billing interface that charges the subscriber's bill directly. */
    OPERATOR_BILLING
}
