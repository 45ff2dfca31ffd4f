package io.relaypay.interchange.config;

import io.relaypay.interchange.checkout.CheckoutReplies;
import io.relaypay.interchange.checkout.CheckoutRules;
import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.checkout.CompletionNotices;
import io.relaypay.interchange.checkout.Confirming;
import io.relaypay.interchange.checkout.PaymentJanitor;
import io.relaypay.interchange.checkout.Settlement;
import io.relaypay.interchange.checkout.ShippingAddresses;
import io.relaypay.interchange.checkout.internal.JdbcStuckPayments;
import io.relaypay.interchange.checkout.web.CheckoutPages;
import io.relaypay.interchange.checkout.web.StatusStreams;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.confirmations.ConfirmationStore;
import io.relaypay.interchange.confirmations.internal.JdbcConfirmationStore;
import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.settlement.UserFeeCollector;
import io.relaypay.interchange.users.AddressService;
import io.relaypay.interchange.users.PhoneNumbers;
import io.relaypay.interchange.users.PinChanges;
import io.relaypay.interchange.users.PinHasher;
import io.relaypay.interchange.users.UserService;
import io.relaypay.interchange.users.internal.JdbcPinChallengeStore;
import io.relaypay.interchange.users.internal.JdbcUserStore;
import io.relaypay.interchange.web.FormTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Wires users and PINs, confirmations, the checkout and its janitor. The ports other features
 * implement ({@link MessageSender}, {@link PaymentDecisions}, {@link PaymentFunding}) are injected
 * as required beans, so a server missing one fails at start, naming it, rather than at the first
 * payment.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutProperties.class)
class CheckoutConfig {

    @Bean
    UserService userService(JdbcClient jdbc, Ids ids, Clock clock, CheckoutProperties checkout) {
        return new UserService(
                new JdbcUserStore(jdbc),
                new PinHasher(checkout.pinHashIterations()),
                ids,
                clock,
                checkout.pinMaxFailures(),
                checkout.pinLock());
    }

    @Bean
    PhoneNumbers phoneNumbers(CheckoutProperties checkout) {
        return new PhoneNumbers(checkout.phoneRegion());
    }

    @Bean
    PinChanges pinChanges(
            UserService users,
            JdbcClient jdbc,
            MessageSender sender,
            Transactions transactions,
            Ids ids,
            Clock clock,
            RelaypayProperties properties,
            CheckoutProperties checkout) {
        return new PinChanges(
                users,
                new JdbcPinChallengeStore(jdbc),
                sender,
                transactions,
                ids,
                clock,
                new PinChanges.Settings(
                        properties.payments().confirmationTtl(),
                        properties.payments().confirmationAttempts(),
                        checkout.pinCodeInterval()));
    }

    @Bean
    ConfirmationStore confirmationStore(JdbcClient jdbc) {
        return new JdbcConfirmationStore(jdbc);
    }

    @Bean
    CheckoutRules checkoutRules(RelaypayProperties properties, CheckoutProperties checkout) {
        return new CheckoutRules(
                properties.payments().confirmationTtl(),
                properties.payments().confirmationAttempts(),
                checkout.confirmationSends());
    }

    @Bean
    CompletionNotices completionNotices(MessageSender sender, MerchantService merchants, UserFeeCollector userFees) {
        return new CompletionNotices(sender, merchants, userFees::chargedWith);
    }

    @Bean
    Settlement settlement(PaymentService payments, PaymentFunding funding, CompletionNotices notices, Clock clock) {
        return new Settlement(payments, funding, notices, clock);
    }

    @Bean
    CheckoutService checkoutService(
            PaymentService payments,
            MerchantService merchants,
            UserService users,
            PhoneNumbers phoneNumbers,
            ConfirmationStore confirmations,
            PaymentDecisions decisions,
            MessageSender sender,
            Settlement settlement,
            Transactions transactions,
            Clock clock,
            CheckoutRules rules,
            ShippingAddresses shipping) {
        return new CheckoutService(
                payments,
                merchants,
                users,
                phoneNumbers,
                confirmations,
                new ConfirmationCodes(),
                decisions,
                sender,
                settlement,
                transactions,
                clock,
                rules,
                shipping);
    }

    @Bean
    Confirming confirming(
            CheckoutService checkout,
            PaymentService payments,
            ConfirmationStore confirmations,
            UserService users,
            Settlement settlement,
            Transactions transactions,
            Clock clock,
            CheckoutRules rules,
            ShippingAddresses shipping,
            MessageSender sender) {
        return new Confirming(
                checkout, payments, confirmations, users, settlement, transactions, clock, rules, shipping, sender);
    }

    @Bean
    ShippingAddresses shippingAddresses(AddressService addresses) {
        return new ShippingAddresses(addresses::of);
    }

    @Bean
    CheckoutReplies checkoutReplies(Confirming confirming) {
        return new CheckoutReplies(confirming);
    }

    @Bean
    PaymentJanitor paymentJanitor(
            PaymentService payments,
            JdbcClient jdbc,
            Settlement settlement,
            CompletionNotices notices,
            Clock clock,
            CheckoutProperties checkout) {
        return new PaymentJanitor(
                payments,
                new JdbcStuckPayments(jdbc),
                settlement,
                notices,
                clock,
                checkout.processingLease(),
                checkout.janitorBatch());
    }

    @Bean
    SchedulingConfigurer paymentJanitorSchedule(PaymentJanitor janitor, CheckoutProperties checkout) {
        return registrar -> registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(
                janitor::runLogged, checkout.janitorInterval(), checkout.janitorInterval()));
    }

    @Bean
    CheckoutPages checkoutPages(CheckoutService checkout, FormTokens tokens, Clock clock) {
        return new CheckoutPages(checkout, tokens, clock);
    }

    @Bean(destroyMethod = "close")
    StatusStreams statusStreams(CheckoutService checkout, CheckoutPages pages, CheckoutProperties properties) {
        return new StatusStreams(checkout, pages, properties.statusPollInterval());
    }

    @Bean
    FormTokens formTokens(RelaypayProperties properties) {
        // A key of its own, derived from the master key, so a form token reveals nothing about it.
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MasterKey.load(properties), "HmacSHA256"));
            return new FormTokens(mac.doFinal("relaypay form tokens v1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
