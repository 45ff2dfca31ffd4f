package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.events.MerchantEvents;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A recording {@link MerchantEvents} for the test server (src/test/resources
 * AutoConfiguration.imports), only where the application has none: auto-configurations are
 * evaluated after the application's own configuration, so the webhook module's implementation,
 * once merged, wins and this double steps aside.
 */
@AutoConfiguration
public class MerchantEventsDoubleAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MerchantEvents.class)
    RecordingMerchantEvents recordingMerchantEvents() {
        return new RecordingMerchantEvents();
    }
}
