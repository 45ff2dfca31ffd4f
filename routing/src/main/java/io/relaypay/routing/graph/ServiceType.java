package io.relaypay.routing.graph;

/** The kind of message an edge can carry. */
public enum ServiceType {
    /** A short text message. */
    SMS,
    /** A WAP push (service indication or load). */
    WAP_PUSH,
    /** A voice call (text-to-speech codes). */
    VOICE,
    /** An email. */
    EMAIL,
    /** An instant message through the phone's agent. */
    IM
}
