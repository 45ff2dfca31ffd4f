package io.relaypay.simulator.codec;

/** Outside input that cannot be decoded: the message says what is wrong and where. */
public final class MalformedMessageException extends RuntimeException {

    /** With a message a peer's operator can act on. */
    public MalformedMessageException(String message) {
        super(message);
    }
}
