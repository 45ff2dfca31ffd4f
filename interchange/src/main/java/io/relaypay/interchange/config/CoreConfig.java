package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.idempotency.IdempotencyFilter;
import io.relaypay.interchange.idempotency.IdempotencyStore;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.merchants.internal.JdbcMerchantStore;
import io.relaypay.interchange.payments.PaymentEvents;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.internal.JdbcPaymentStore;
import io.relaypay.interchange.web.AdminAuthFilter;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the framework-free services to their JDBC stores and the web filters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelaypayProperties.class)
@EnableScheduling
class CoreConfig {

    /** The system clock, unless a test registered its own before start. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Ids ids(Clock clock) {
        return new Ids(clock);
    }

    @Bean
    SecretBox secretBox(RelaypayProperties properties) {
        return new SecretBox(MasterKey.load(properties));
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
    }

    @Bean
    MerchantService merchantService(JdbcClient jdbc, SecretBox secrets, Ids ids, Clock clock) {
        return new MerchantService(new JdbcMerchantStore(jdbc), secrets, ids, clock);
    }

    @Bean
    PaymentService paymentService(
            JdbcClient jdbc,
            PaymentEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock,
            RelaypayProperties properties) {
        return new PaymentService(
                new JdbcPaymentStore(jdbc),
                events,
                transactions,
                ids,
                clock,
                properties.payments().expiry());
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcClient jdbc, Clock clock) {
        return new IdempotencyStore(jdbc, clock);
    }

    @Bean
    MerchantAuthFilter merchantAuthFilter(MerchantService merchants) {
        return new MerchantAuthFilter(merchants);
    }

    @Bean
    AdminAuthFilter adminAuthFilter(RelaypayProperties properties) {
        return new AdminAuthFilter(properties.adminToken());
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyStore store) {
        return new IdempotencyFilter(store);
    }
}
