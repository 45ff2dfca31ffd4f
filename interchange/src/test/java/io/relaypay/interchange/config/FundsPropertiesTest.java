package io.relaypay.interchange.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FundsPropertiesTest {

    static FundsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("relaypay.funds", FundsProperties.class);
    }

    @Test
    void defaultsAreTheSimulatorsCarriersAndBillingApi() {
        FundsProperties properties = bind(Map.of());

        assertThat(properties.billingUrl()).isEqualTo("http://127.0.0.1:8081/carrier-billing/v0");
        assertThat(properties.billingKey()).isEqualTo("sim_billing_key");
        assertThat(properties.settleLease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.carriers()).containsOnlyKeys("northwind", "bluewave");
        assertThat(properties.carriers().get("northwind").prefixes()).containsExactly("+49151", "+49160");
        assertThat(properties.carriers().get("bluewave").shareBasisPoints()).isEqualTo(3_500);
    }

    @Test
    void configuredCarriersReplaceTheDefaults() {
        FundsProperties properties = bind(Map.of(
                "relaypay.funds.carriers.eastlink.prefixes", "+4315,+4316",
                "relaypay.funds.carriers.eastlink.share-basis-points", "2500",
                "relaypay.funds.carriers.eastlink.billing-url", "https://billing.eastlink.test/v0"));

        assertThat(properties.carriers()).containsOnlyKeys("eastlink");
        FundsProperties.Carrier eastlink = properties.carriers().get("eastlink");
        assertThat(eastlink.prefixes()).isEqualTo(List.of("+4315", "+4316"));
        assertThat(eastlink.shareBasisPoints()).isEqualTo(2_500);
        assertThat(eastlink.billingUrl()).isEqualTo("https://billing.eastlink.test/v0");
        assertThat(eastlink.billingKey()).isEmpty();
    }
}
