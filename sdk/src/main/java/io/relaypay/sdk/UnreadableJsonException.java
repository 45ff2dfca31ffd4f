package io.relaypay.sdk;

/** JSON from the server that is not what the contract describes; callers turn it into their own error. */
final class UnreadableJsonException extends RuntimeException {

    UnreadableJsonException(String message) {
        super(message);
    }

    UnreadableJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
