package io.relaypay.interchange.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local payment agent settings, {@code relaypay.agent.*} (docs/agent-protocol.md), each declared once
 * with its default. Token lifetime (at most 10 minutes) and the device signature window (±300 s) are
 * the protocol, not settings.
 *
 * @param enrollmentCodeTtl how long the enrollment SMS code is valid
 * @param enrollmentAttempts wrong enrollment codes allowed before the enrollment fails
 * @param enrollmentStartsPerHour enrollments one phone number may start per hour
 */
@ConfigurationProperties("relaypay.agent")
public record AgentProperties(
        @DefaultValue("10m") Duration enrollmentCodeTtl,
        @DefaultValue("3") int enrollmentAttempts,
        @DefaultValue("5") int enrollmentStartsPerHour) {}
