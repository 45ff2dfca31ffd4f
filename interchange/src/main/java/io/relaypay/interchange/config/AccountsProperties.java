package io.relaypay.interchange.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of users' linked accounts and postal addresses ({@code relaypay.accounts.*}), each
 * declared once with its default.
 *
 * @param maxLinkedAccounts the most linked accounts one user may have, all kinds together
 * @param maxAddresses the most postal addresses one user may have
 */
@ConfigurationProperties("relaypay.accounts")
public record AccountsProperties(
        @DefaultValue("20") int maxLinkedAccounts,
        @DefaultValue("20") int maxAddresses) {

    /** Requires sane limits. */
    public AccountsProperties {
        if (maxLinkedAccounts < 1 || maxAddresses < 1) {
            throw new IllegalArgumentException("relaypay.accounts limits must be at least 1");
        }
    }
}
