package io.relaypay.messaging.channel;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a controller said when a message was handed to it. */
public sealed interface SendResult {

    /**
     * The controller took the message. A long SMS split into parts has one id per part, in order;
     * delivery reports arrive per part.
     */
    record Accepted(List<String> controllerMessageIds) implements SendResult {
        /** Requires at least one id. */
        public Accepted {
            controllerMessageIds = List.copyOf(controllerMessageIds);
            if (controllerMessageIds.isEmpty()) {
                throw new IllegalArgumentException("an accepted message has at least one controller id");
            }
        }

        /** The id of a single-part message, or of the first part. */
        public String controllerMessageId() {
            return controllerMessageIds.getFirst();
        }
    }

    /** The controller will never take this message (bad number, barred, no route); try another route. */
    record Rejected(String reason) implements SendResult {
        /** Requires the reason. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The controller could not take it now (throttled, not bound); the same route may work later. */
    record Retryable(String reason, Duration retryAfter) implements SendResult {
        /** Requires the reason and a non-negative delay. */
        public Retryable {
            Objects.requireNonNull(reason, "reason");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }
    }

    /**
     * The message may or may not have reached the controller (the link dropped while waiting for
     * the answer). A premium message in this state is reconciled from delivery reports before any
     * retry, so the phone bill is never charged twice.
     */
    record Unknown(String reason, List<String> controllerMessageIds) implements SendResult {
        /** Requires the reason; keeps the ids of parts that were acknowledged. */
        public Unknown {
            Objects.requireNonNull(reason, "reason");
            controllerMessageIds = List.copyOf(controllerMessageIds);
        }
    }
}
