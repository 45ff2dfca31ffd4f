package io.relaypay.interchange.config;

import io.relaypay.interchange.agent.AgentKeys;
import io.relaypay.interchange.agent.AgentMailbox;
import io.relaypay.interchange.agent.AgentPayments;
import io.relaypay.interchange.agent.Devices;
import io.relaypay.interchange.agent.Enrollments;
import io.relaypay.interchange.agent.ServerKeys;
import io.relaypay.interchange.agent.internal.AgentPushChannelFactory;
import io.relaypay.interchange.agent.internal.JdbcAgentKeyStore;
import io.relaypay.interchange.agent.internal.JdbcAgentPaymentStore;
import io.relaypay.interchange.agent.internal.JdbcDeviceStore;
import io.relaypay.interchange.agent.internal.JdbcEnrollmentStore;
import io.relaypay.interchange.agent.internal.JdbcMailboxStore;
import io.relaypay.interchange.agent.internal.JdbcServerKeyStore;
import io.relaypay.interchange.checkout.Settlement;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.users.UserService;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the local payment agent's interchange side; the receipt and PIN keys are made on first start
 * so {@code GET /v1/receipt_keys} never answers an empty list.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgentProperties.class)
class AgentConfig {

    @Bean
    ServerKeys serverKeys(JdbcClient jdbc, SecretBox secrets, Transactions transactions, Ids ids, Clock clock) {
        return new ServerKeys(new JdbcServerKeyStore(jdbc), secrets, transactions, ids, clock);
    }

    @Bean
    ApplicationRunner serverKeysOnStart(ServerKeys keys) {
        return args -> {
            keys.receiptKeys();
            keys.pinKeys();
        };
    }

    @Bean
    AgentKeys agentKeys(JdbcClient jdbc, Ids ids, Clock clock) {
        return new AgentKeys(new JdbcAgentKeyStore(jdbc), ids, clock);
    }

    @Bean
    JdbcDeviceStore deviceStore(JdbcClient jdbc) {
        return new JdbcDeviceStore(jdbc);
    }

    @Bean
    Devices devices(JdbcDeviceStore store, Clock clock) {
        return new Devices(store, clock);
    }

    @Bean
    AgentMailbox agentMailbox(
            JdbcClient jdbc, JdbcDeviceStore devices, Transactions transactions, Ids ids, Clock clock) {
        return new AgentMailbox(new JdbcMailboxStore(jdbc), devices, transactions, ids, clock);
    }

    // The agent-push channel kind, for relaypay.channels (MessagingConfig's catalog takes it).
    @Bean
    AgentPushChannelFactory agentPushChannelFactory(AgentMailbox mailbox) {
        return new AgentPushChannelFactory(mailbox);
    }

    @Bean
    Enrollments enrollments(
            JdbcClient jdbc,
            JdbcDeviceStore devices,
            UserService users,
            MessageSender sender,
            Transactions transactions,
            Ids ids,
            Clock clock,
            AgentProperties properties) {
        return new Enrollments(
                new JdbcEnrollmentStore(jdbc),
                devices,
                users,
                sender,
                transactions,
                ids,
                clock,
                new Enrollments.Settings(
                        properties.enrollmentCodeTtl(),
                        properties.enrollmentAttempts(),
                        properties.enrollmentStartsPerHour()));
    }

    @Bean
    AgentPayments agentPayments(
            AgentKeys agentKeys,
            ServerKeys serverKeys,
            JdbcClient jdbc,
            UserService users,
            PaymentService payments,
            PaymentDecisions decisions,
            Settlement settlement,
            Transactions transactions,
            Clock clock) {
        return new AgentPayments(
                agentKeys,
                serverKeys,
                new JdbcAgentPaymentStore(jdbc),
                users,
                payments,
                decisions,
                settlement,
                transactions,
                clock);
    }
}
