package io.relaypay.agent.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class InterchangeHttpTest {

    @Test
    void clientForAPlainHttpInterchangeHasNoTlsToUse() {
        try (HttpClient client =
                InterchangeHttp.builder(URI.create("http://127.0.0.1:8080")).build()) {
            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThatThrownBy(() -> client.sslContext().createSSLEngine())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no TLS");
        }
    }

    @Test
    void clientForAnHttpsInterchangeUsesTheDefaultTls() throws Exception {
        try (HttpClient client =
                InterchangeHttp.builder(URI.create("https://pay.example")).build()) {
            assertThat(client.sslContext()).isSameAs(SSLContext.getDefault());
            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_2);
        }
    }
}
