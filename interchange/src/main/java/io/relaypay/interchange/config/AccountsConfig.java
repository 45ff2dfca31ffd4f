package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.users.AddressService;
import io.relaypay.interchange.users.CardVault;
import io.relaypay.interchange.users.Fingerprints;
import io.relaypay.interchange.users.LinkedAccountService;
import io.relaypay.interchange.users.OpaqueTokenVault;
import io.relaypay.interchange.users.PaymentLookups;
import io.relaypay.interchange.users.UserProfiles;
import io.relaypay.interchange.users.UserService;
import io.relaypay.interchange.users.internal.JdbcAddressStore;
import io.relaypay.interchange.users.internal.JdbcBuyerPayments;
import io.relaypay.interchange.users.internal.JdbcLinkedAccountStore;
import io.relaypay.interchange.users.internal.JdbcUserLocks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires users' linked accounts and addresses, and the admin lookups of users and payments. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsConfig {

    /** Until a card processor is connected (a processor's vault bean replaces this one). */
    @Bean
    @ConditionalOnMissingBean(CardVault.class)
    CardVault cardVault(Ids ids) {
        return new OpaqueTokenVault(ids);
    }

    @Bean
    LinkedAccountService linkedAccountService(
            UserService users,
            JdbcClient jdbc,
            CardVault vault,
            SecretBox secrets,
            Transactions transactions,
            Ids ids,
            Clock clock,
            RelaypayProperties properties,
            AccountsProperties accounts) {
        return new LinkedAccountService(
                users,
                new JdbcUserLocks(jdbc),
                new JdbcLinkedAccountStore(jdbc),
                vault,
                secrets,
                new Fingerprints(fingerprintKey(MasterKey.load(properties))),
                transactions,
                ids,
                clock,
                accounts.maxLinkedAccounts());
    }

    @Bean
    AddressService addressService(
            UserService users,
            JdbcClient jdbc,
            Transactions transactions,
            Ids ids,
            Clock clock,
            AccountsProperties accounts) {
        return new AddressService(
                users,
                new JdbcUserLocks(jdbc),
                new JdbcAddressStore(jdbc),
                transactions,
                ids,
                clock,
                accounts.maxAddresses());
    }

    @Bean
    UserProfiles userProfiles(UserService users, LinkedAccountService accounts, AddressService addresses) {
        return new UserProfiles(users, accounts, addresses);
    }

    @Bean
    PaymentLookups paymentLookups(PaymentService payments, DecisionLog decisions, JdbcClient jdbc) {
        return new PaymentLookups(payments, decisions, new JdbcBuyerPayments(jdbc));
    }

    /** A key of its own for fingerprints, derived from the master key, so neither use weakens the other. */
    static byte[] fingerprintKey(byte[] masterKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal("relaypay linked-account fingerprints v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
