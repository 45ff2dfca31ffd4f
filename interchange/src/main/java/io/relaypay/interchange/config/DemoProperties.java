package io.relaypay.interchange.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code ./relaypay demo}: a demo merchant is seeded and its key written for scripts.
 *
 * @param enabled seed the demo merchant at start
 * @param shopUrl the demo shop, whose webhook endpoint the merchant gets
 * @param simulatorUrl the carrier simulator's web inbox, printed for people
 */
@ConfigurationProperties("relaypay.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("http://127.0.0.1:8082") URI shopUrl,
        @DefaultValue("http://127.0.0.1:8081") URI simulatorUrl) {}
