package io.relaypay.interchange.support.ports;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Scripted stand-ins for the ports the checkout calls (sending, decisions, funding), for the
 * checkout's own ITs only: a test server started with {@code relaypay.test.port-doubles=true}
 * gets them as primary beans, so a test can read the codes it was texted, script a verdict and
 * count settle calls. Every other IT, and the system tests, run the real implementations.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "relaypay.test.port-doubles", havingValue = "true")
public class PortDoublesAutoConfiguration {

    @Bean
    @Primary
    RecordingMessageSender recordingMessageSender() {
        return new RecordingMessageSender();
    }

    @Bean
    @Primary
    ScriptedDecisions scriptedDecisions() {
        return new ScriptedDecisions();
    }

    @Bean
    @Primary
    ScriptedFunding scriptedFunding() {
        return new ScriptedFunding();
    }
}
