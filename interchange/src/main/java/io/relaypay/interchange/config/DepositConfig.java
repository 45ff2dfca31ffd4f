package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.deposits.DepositBookings;
import io.relaypay.interchange.deposits.DepositCharges;
import io.relaypay.interchange.deposits.DepositConfirmations;
import io.relaypay.interchange.deposits.DepositJanitor;
import io.relaypay.interchange.deposits.DepositReplies;
import io.relaypay.interchange.deposits.DepositService;
import io.relaypay.interchange.deposits.DepositStore;
import io.relaypay.interchange.deposits.DepositTerms;
import io.relaypay.interchange.deposits.OutboxPremiumCharges;
import io.relaypay.interchange.deposits.PremiumMoCredits;
import io.relaypay.interchange.deposits.PurchaseFunding;
import io.relaypay.interchange.deposits.internal.JdbcDepositStore;
import io.relaypay.interchange.deposits.internal.JdbcPremiumMoStore;
import io.relaypay.interchange.deposits.web.DepositPageController;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.RoutedMessageSender;
import io.relaypay.interchange.routes.CarrierSpec;
import io.relaypay.interchange.settlement.CarrierCredits;
import io.relaypay.messaging.outbox.Outbox;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.PricePoints;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** Wires deposits by premium SMS: the store, terms, charges, SMS keyword and janitor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DepositProperties.class)
class DepositConfig {

    private static final Logger log = LoggerFactory.getLogger(DepositConfig.class);

    @Bean
    DepositStore depositStore(JdbcClient jdbc, Ids ids) {
        return new JdbcDepositStore(jdbc, ids);
    }

    @Bean
    DepositTerms depositTerms(DepositProperties properties, RoutingProperties routing) {
        Map<String, PricePoints> points = new LinkedHashMap<>();
        for (CarrierSpec carrier : routing.carrierSpecs()) {
            if (!carrier.pricePoints().isEmpty()) {
                points.put(
                        carrier.name(),
                        new PricePoints(
                                carrier.currency(),
                                carrier.pricePoints().stream()
                                        .distinct()
                                        .sorted()
                                        .toList()));
            }
        }
        Limits limits = Limits.unlimited(properties.days())
                .withPerDayCount(properties.perDayCount())
                .withPerDayAmount(properties.perDayAmount())
                .withPerMonthCount(properties.perMonthCount())
                .withPerMonthAmount(properties.perMonthAmount());
        return new DepositTerms(
                points,
                limits,
                properties.zone(),
                properties.confirmationValidity(),
                properties.maxConfirmAttempts(),
                properties.livemode());
    }

    @Bean
    DepositBookings depositBookings(CarrierCredits credits, Carriers carriers) {
        return new DepositBookings(credits, carriers);
    }

    @Bean
    DepositService depositService(
            DepositStore store,
            DepositTerms terms,
            DepositBookings bookings,
            BuyerDirectory buyers,
            MessageSender sender,
            Transactions transactions,
            Ids ids,
            Clock clock) {
        return new DepositService(
                store, terms, bookings, buyers, sender, new ConfirmationCodes(), transactions, ids, clock);
    }

    @Bean
    DepositConfirmations depositConfirmations(
            DepositStore store, DepositTerms terms, Transactions transactions, Clock clock) {
        return new DepositConfirmations(store, terms, transactions, clock);
    }

    @Bean
    DepositCharges depositCharges(
            DepositStore store,
            RoutedMessageSender sender,
            Outbox outbox,
            DepositBookings bookings,
            Transactions transactions,
            Clock clock) {
        return new DepositCharges(store, new OutboxPremiumCharges(sender, outbox), bookings, transactions, clock);
    }

    @Bean
    DepositPageController.DepositPageSettings depositPageSettings(DepositProperties properties) {
        return new DepositPageController.DepositPageSettings(properties.defaultCurrency());
    }

    @Bean
    PurchaseFunding purchaseFunding(DepositService deposits, DepositProperties properties) {
        return new PurchaseFunding(deposits, properties.livemode());
    }

    // Before checkout's replies: a code that matches no deposit is passed on to them.
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    DepositReplies depositReplies(
            DepositService deposits,
            DepositConfirmations confirmations,
            MessageSender sender,
            DepositProperties properties) {
        return new DepositReplies(deposits, confirmations, sender, properties.defaultCurrency());
    }

    // Before the SMS keyword: "DEPOSIT" sent to a premium short code is a premium MO, not a request.
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    PremiumMoCredits premiumMoCredits(
            JdbcClient jdbc,
            DepositBookings bookings,
            BuyerDirectory buyers,
            DepositProperties properties,
            Ids ids,
            Clock clock) {
        return new PremiumMoCredits(
                new JdbcPremiumMoStore(jdbc),
                java.util.Set.copyOf(properties.premiumShortCodes()),
                bookings,
                buyers,
                properties.livemode(),
                ids,
                clock);
    }

    @Bean
    DepositJanitor depositJanitor(
            DepositConfirmations confirmations,
            DepositCharges charges,
            DepositStore store,
            PremiumMoCredits premiumMos,
            DepositProperties properties,
            Clock clock) {
        return new DepositJanitor(confirmations, charges, store, premiumMos, properties.janitorBatch(), clock);
    }

    @Bean
    SchedulingConfigurer depositJanitorSchedule(DepositJanitor janitor, DepositProperties properties) {
        Runnable pass = () -> {
            try {
                janitor.tick();
            } catch (RuntimeException e) {
                log.error("deposit janitor pass failed", e);
            }
        };
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(pass, properties.janitorInterval(), properties.janitorInterval()));
    }
}
