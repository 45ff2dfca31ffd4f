package io.relaypay.interchange.users;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where the admin lookups find a buyer's payments and the messages sent about a payment. */
public interface BuyerPayments {

    /** Ids of the payments of the buyer at {@code phone}, newest first, below {@code startingAfter} if given. */
    List<String> paymentIds(String phone, Optional<String> startingAfter, int limit);

    /** The messages sent about {@code paymentId}, oldest first. */
    List<SentMessage> messages(String paymentId);

    /**
     * A message sent about a payment.
     *
     * @param id {@code msg_…}, for {@code GET /admin/v1/messages/{id}}
     * @param purpose confirmation, completion or notice
     */
    record SentMessage(String id, String purpose) {
        /** Requires both parts. */
        public SentMessage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(purpose, "purpose");
        }
    }
}
