package io.relaypay.interchange.funds;

import java.util.Optional;

/** The user id behind a phone number (E.164), for the admin's balance views and top-ups. */
public interface BuyerDirectory {

    /** The user of {@code phoneNumber}, if there is one. */
    Optional<String> userOf(String phoneNumber);

    /** The user of {@code phoneNumber}, created if there is none yet. */
    String findOrCreate(String phoneNumber);
}
