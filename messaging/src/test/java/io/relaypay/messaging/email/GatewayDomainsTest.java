package io.relaypay.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.PhoneNumber;
import org.junit.jupiter.api.Test;

class GatewayDomainsTest {
    private final GatewayDomains domains =
            GatewayDomains.parse("4915:sms.other.test, 49151:sms.northwind.test,+49176:SMS.Bluewave.test");

    @Test
    void longestPrefixWins() {
        assertThat(domains.domainFor(PhoneNumber.of("+4915112345671"))).contains("sms.northwind.test");
        assertThat(domains.domainFor(PhoneNumber.of("+4915212345671"))).contains("sms.other.test");
    }

    @Test
    void addressIsDigitsAtDomain() {
        assertThat(domains.addressFor(PhoneNumber.of("+4917612345671"))).contains("4917612345671@sms.bluewave.test");
    }

    @Test
    void uncoveredNumberHasNoDomain() {
        assertThat(domains.domainFor(PhoneNumber.of("+447911123456"))).isEmpty();
    }

    @Test
    void malformedListsAreRefused() {
        assertThatThrownBy(() -> GatewayDomains.parse("49151")).hasMessageContaining("prefix:domain");
        assertThatThrownBy(() -> GatewayDomains.parse("49x:a.test")).hasMessageContaining("digits");
        assertThatThrownBy(() -> GatewayDomains.parse("49:not a domain")).hasMessageContaining("domain");
        assertThatThrownBy(() -> GatewayDomains.parse("49:a.test,49:b.test")).hasMessageContaining("twice");
        assertThatThrownBy(() -> GatewayDomains.parse(" ")).hasMessageContaining("at least one");
    }
}
