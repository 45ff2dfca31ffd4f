package io.relaypay.interchange.config;

import io.relaypay.interchange.agent.AgentKeys;
import io.relaypay.interchange.merchants.MerchantService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo's seed data, only with {@code relaypay.demo.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfig {

    @Bean
    @ConditionalOnProperty(name = "relaypay.demo.enabled", havingValue = "true")
    DemoSeeder demoSeeder(
            MerchantService merchants, RelaypayProperties properties, DemoProperties demo, AgentKeys agentKeys) {
        return new DemoSeeder(merchants, properties, demo, agentKeys);
    }
}
