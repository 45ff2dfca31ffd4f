package io.relaypay.interchange.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressGuardTest {

    private static final Map<String, String> DNS = Map.of(
            "shop.example", "93.184.215.14",
            "rebound.example", "10.1.2.3",
            "metadata.example", "169.254.169.254");

    private final WebhookAddressGuard guard = new WebhookAddressGuard(false, WebhookAddressGuardTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8082/webhooks",
                "http://localhost-literal.invalid/",
                "http://10.0.0.5/",
                "http://172.16.0.1/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/",
                "http://0.0.0.0/",
                "http://198.18.0.1/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[::1]/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://rebound.example/hook",
                "http://metadata.example/"
            })
    void refusesAddressesInsideOurNetwork(String url) {
        assertThat(guard.refusal(URI.create(url))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example/webhooks", "http://93.184.215.14/", "http://[2606:4700::1111]/"})
    void letsPublicAddressesThrough(String url) {
        assertThat(guard.refusal(URI.create(url))).isEmpty();
    }

    @Test
    void theDemoMayPostToThisMachine() {
        WebhookAddressGuard demo = new WebhookAddressGuard(true, WebhookAddressGuardTest::resolve);

        assertThat(demo.refusal(URI.create("http://127.0.0.1:8082/webhooks"))).isEmpty();
    }

    @Test
    void sayingWhyNamesTheAddress() {
        assertThat(guard.refusal(URI.create("http://metadata.example/")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("169.254.169.254"));
    }
}
