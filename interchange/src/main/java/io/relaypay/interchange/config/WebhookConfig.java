package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.merchants.MerchantService;
import io.relaypay.interchange.payments.PaymentEvents;
import io.relaypay.interchange.payments.SettledFundings;
import io.relaypay.interchange.webhooks.EventLog;
import io.relaypay.interchange.webhooks.PaymentWebhooks;
import io.relaypay.interchange.webhooks.RetrySchedule;
import io.relaypay.interchange.webhooks.WebhookDispatcher;
import io.relaypay.interchange.webhooks.WebhookEvents;
import io.relaypay.interchange.webhooks.WebhookJanitor;
import io.relaypay.interchange.webhooks.WebhookStore;
import io.relaypay.interchange.webhooks.internal.DeliveryDoorbell;
import io.relaypay.interchange.webhooks.internal.HttpWebhookSender;
import io.relaypay.interchange.webhooks.internal.JdbcWebhookStore;
import io.relaypay.interchange.webhooks.internal.WebhookAddressGuard;
import io.relaypay.interchange.webhooks.internal.WebhookWorker;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires webhooks: events stored with the API's JSON mapper, payment endings announced as events,
 * and the worker that posts them (dispatcher and janitor) run with the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfig {

    @Bean
    DeliveryDoorbell deliveryDoorbell() {
        return new DeliveryDoorbell();
    }

    @Bean
    WebhookStore webhookStore(JdbcClient jdbc, DeliveryDoorbell doorbell) {
        return new JdbcWebhookStore(jdbc, doorbell);
    }

    @Bean
    MerchantEvents merchantEvents(
            WebhookStore store,
            MerchantService merchants,
            Transactions transactions,
            JsonMapper json,
            Ids ids,
            Clock clock) {
        // The mapper the API answers with, so event payloads read exactly like API responses.
        return new WebhookEvents(store, merchants, transactions, json::writeValueAsString, ids, clock);
    }

    @Bean
    PaymentEvents paymentEvents(MerchantEvents events, RelaypayProperties properties, SettledFundings settled) {
        return new PaymentWebhooks(events, properties.publicUrl(), settled);
    }

    @Bean(destroyMethod = "close")
    HttpWebhookSender webhookSender(WebhookProperties properties) {
        return new HttpWebhookSender(
                properties.timeout(), WebhookAddressGuard.system(properties.allowPrivateAddresses()));
    }

    @Bean(destroyMethod = "close")
    WebhookDispatcher webhookDispatcher(
            WebhookStore store,
            Transactions transactions,
            HttpWebhookSender sender,
            MerchantService merchants,
            Ids ids,
            WebhookProperties properties) {
        return new WebhookDispatcher(
                store,
                transactions,
                sender,
                merchants,
                RetrySchedule.standard(),
                ids,
                new WebhookDispatcher.Settings(properties.batchSize(), properties.concurrency(), properties.lease()));
    }

    @Bean
    WebhookJanitor webhookJanitor(WebhookStore store, Transactions transactions, Ids ids) {
        return new WebhookJanitor(store, transactions, ids);
    }

    @Bean
    WebhookWorker webhookWorker(
            WebhookDispatcher dispatcher,
            WebhookJanitor janitor,
            Clock clock,
            WebhookProperties properties,
            DeliveryDoorbell doorbell) {
        return new WebhookWorker(
                dispatcher,
                janitor,
                clock,
                properties.pollInterval(),
                properties.janitorInterval(),
                properties.enabled(),
                doorbell);
    }

    @Bean
    EventLog eventLog(WebhookStore store, MerchantService merchants, Transactions transactions, Ids ids, Clock clock) {
        return new EventLog(store, merchants, transactions, ids, clock);
    }
}
