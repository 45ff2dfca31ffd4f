package io.relaypay.messaging;

/** The kind of service a controller delivers a message as. */
public enum ServiceType {
    /** A plain text message. */
    SMS,
    /** A WAP push (service indication) carrying a link. */
    WAP_PUSH,
    /** A text-to-speech call. */
    VOICE,
    /** An email, or a text through an email-to-SMS gateway. */
    EMAIL,
    /** An instant-messaging app or the local agent's push channel. */
    IM
}
