package io.relaypay.interchange.config;

import io.relaypay.interchange.idempotency.IdempotencyJanitor;
import io.relaypay.interchange.idempotency.IdempotencyStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotency key janitor. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

    @Bean
    IdempotencyJanitor idempotencyJanitor(IdempotencyStore store) {
        return new IdempotencyJanitor(store);
    }
}
