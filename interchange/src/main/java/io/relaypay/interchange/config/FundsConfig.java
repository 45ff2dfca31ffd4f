package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.funds.Balances;
import io.relaypay.interchange.funds.Bookings;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.funds.FeeSchedule;
import io.relaypay.interchange.funds.FundsJanitor;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.OperatorBilling;
import io.relaypay.interchange.funds.PaymentSettlement;
import io.relaypay.interchange.funds.PremiumTopUps;
import io.relaypay.interchange.funds.SettledFundingLookup;
import io.relaypay.interchange.funds.TopUps;
import io.relaypay.interchange.funds.internal.HttpOperatorBilling;
import io.relaypay.interchange.funds.internal.JdbcBuyerDirectory;
import io.relaypay.interchange.funds.internal.JdbcFundingStore;
import io.relaypay.interchange.funds.internal.JdbcLedgerAccountStore;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.SettledFundings;
import io.relaypay.interchange.refunds.RefundForwarding;
import io.relaypay.interchange.refunds.RefundService;
import io.relaypay.interchange.refunds.internal.JdbcRefundStore;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.store.JdbcLedger;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Wires the money side: the ledger on the shared pool, ledger accounts, payment settlement
 * (balance or operator billing), refunds, balances, top-ups and the funds janitor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundsProperties.class)
class FundsConfig {

    private static final Logger log = LoggerFactory.getLogger(FundsConfig.class);

    @Bean
    Ledger ledger(DataSource dataSource, Clock clock) {
        return new JdbcLedger(dataSource, clock);
    }

    @Bean
    LedgerAccounts ledgerAccounts(Ledger ledger, JdbcClient jdbc, DataSource dataSource) {
        return new LedgerAccounts(ledger, new JdbcLedgerAccountStore(jdbc, postgres(dataSource)));
    }

    @Bean
    Bookings bookings(Ledger ledger, LedgerAccounts accounts) {
        return new Bookings(ledger, accounts);
    }

    @Bean
    BuyerDirectory buyerDirectory(JdbcClient jdbc, Ids ids, Clock clock) {
        return new JdbcBuyerDirectory(jdbc, ids, clock);
    }

    @Bean
    Carriers carriers(FundsProperties properties) {
        return new Carriers(properties.carriers().entrySet().stream()
                .map(e -> new Carriers.Carrier(
                        e.getKey(), e.getValue().prefixes(), e.getValue().shareBasisPoints()))
                .toList());
    }

    @Bean
    OperatorBilling operatorBilling(FundsProperties properties) {
        Map<String, HttpOperatorBilling.Endpoint> endpoints = new LinkedHashMap<>();
        properties
                .carriers()
                .forEach((name, carrier) -> endpoints.put(
                        name,
                        new HttpOperatorBilling.Endpoint(
                                URI.create(
                                        carrier.billingUrl().isBlank()
                                                ? properties.billingUrl()
                                                : carrier.billingUrl()),
                                carrier.billingKey().isBlank() ? properties.billingKey() : carrier.billingKey())));
        return new HttpOperatorBilling(endpoints, properties.billingTimeout());
    }

    @Bean
    SettledFundings settledFundings(JdbcClient jdbc, DataSource dataSource) {
        return new SettledFundingLookup(new JdbcFundingStore(jdbc, postgres(dataSource)));
    }

    /** Steps aside for a funding a test registered before start (checkout tests script outcomes). */
    @Bean
    @ConditionalOnMissingBean(PaymentFunding.class)
    PaymentSettlement paymentFunding(
            JdbcClient jdbc,
            DataSource dataSource,
            Bookings bookings,
            OperatorBilling billing,
            Carriers carriers,
            MerchantService merchants,
            Ids ids,
            Clock clock,
            FundsProperties properties,
            FeeSchedule fees,
            ObjectProvider<PremiumTopUps> topUps) {
        return new PaymentSettlement(
                new JdbcFundingStore(jdbc, postgres(dataSource)),
                bookings,
                billing,
                carriers,
                merchants::find,
                ids,
                clock,
                properties.settleLease(),
                fees,
                properties.premiumFallback() ? topUps.getIfAvailable(() -> PremiumTopUps.NONE) : PremiumTopUps.NONE);
    }

    @Bean
    RefundService refundService(
            JdbcClient jdbc,
            PaymentService payments,
            Bookings bookings,
            MerchantEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock,
            RefundForwarding forwarding) {
        return new RefundService(
                new JdbcRefundStore(jdbc), payments, bookings, events, transactions, ids, clock, forwarding);
    }

    @Bean
    Balances balances(Ledger ledger, LedgerAccounts accounts, BuyerDirectory buyers) {
        return new Balances(ledger, accounts, buyers);
    }

    @Bean
    TopUps topUps(Bookings bookings, BuyerDirectory buyers) {
        return new TopUps(bookings, buyers);
    }

    @Bean
    FundsJanitor fundsJanitor(RefundService refunds, Clock clock, FundsProperties properties) {
        return new FundsJanitor(refunds, clock, properties.settleLease(), properties.janitorBatch());
    }

    @Bean
    SchedulingConfigurer fundsJanitorSchedule(FundsJanitor janitor, FundsProperties properties) {
        return registrar -> schedule(registrar, janitor, properties);
    }

    private static void schedule(ScheduledTaskRegistrar registrar, FundsJanitor janitor, FundsProperties properties) {
        Runnable pass = () -> {
            try {
                janitor.tick();
            } catch (RuntimeException e) {
                log.error("funds janitor pass failed", e);
            }
        };
        registrar.addFixedDelayTask(
                new FixedDelayTask(pass, properties.janitorInterval(), properties.janitorInterval()));
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
