package io.relaypay.messaging.http;

import java.util.Optional;

/** What a gateway calls back about; the last segment of the callback path names it. */
public enum CallbackKind {
    /** The fate of a message we sent: {@code /callbacks/{channel}/dlr}. */
    DELIVERY_REPORT("dlr"),
    /** A message a phone sent: {@code /callbacks/{channel}/mo}. */
    MOBILE_ORIGINATED("mo");

    private final String pathSegment;

    CallbackKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The path segment, {@code dlr} or {@code mo}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The kind a path segment names, if any. */
    public static Optional<CallbackKind> ofPathSegment(String segment) {
        for (CallbackKind kind : values()) {
            if (kind.pathSegment.equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
