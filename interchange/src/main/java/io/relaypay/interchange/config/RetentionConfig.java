package io.relaypay.interchange.config;

import io.relaypay.interchange.messages.internal.LifecyclePart;
import io.relaypay.interchange.messages.internal.Periodic;
import io.relaypay.interchange.retention.RetentionJanitor;
import io.relaypay.interchange.retention.internal.JdbcRetentionStore;
import io.relaypay.messaging.outbox.Outbox;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the retention janitor and runs it every {@code relaypay.retention.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfig {

    @Bean
    RetentionJanitor retentionJanitor(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Outbox outbox,
            RetentionProperties properties,
            MessagingProperties messaging,
            Clock clock) {
        if (properties.replies().compareTo(messaging.moDuplicateWindow()) <= 0) {
            throw new IllegalArgumentException(
                    "relaypay.retention.replies must be longer than relaypay.messaging.mo-duplicate-window");
        }
        return new RetentionJanitor(new JdbcRetentionStore(jdbc, transactions), outbox, properties.policy(), clock);
    }

    @Bean
    LifecyclePart retentionLoop(RetentionJanitor janitor, RetentionProperties properties) {
        Periodic loop = new Periodic("retention", properties.interval(), janitor::runOnce);
        return properties.enabled()
                ? new LifecyclePart("retention", LifecyclePart.JANITOR, loop::start, loop::stop)
                : new LifecyclePart("retention", LifecyclePart.JANITOR, () -> {}, () -> {});
    }
}
