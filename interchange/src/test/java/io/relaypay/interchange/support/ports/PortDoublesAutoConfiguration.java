package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.payments.PaymentFunding;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Test doubles for the ports other features implement in parallel (sending, decisions, funding),
 * registered for the test server only (src/test/resources AutoConfiguration.imports) and only where
 * the application has no bean of the port: auto-configurations are evaluated after the
 * application's own configuration, so once a real implementation is merged it wins and its
 * double steps aside.
 */
@AutoConfiguration
public class PortDoublesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MessageSender.class)
    RecordingMessageSender recordingMessageSender() {
        return new RecordingMessageSender();
    }

    @Bean
    @ConditionalOnMissingBean(PaymentDecisions.class)
    ScriptedDecisions scriptedDecisions() {
        return new ScriptedDecisions();
    }

    @Bean
    @ConditionalOnMissingBean(PaymentFunding.class)
    ScriptedFunding scriptedFunding() {
        return new ScriptedFunding();
    }
}
