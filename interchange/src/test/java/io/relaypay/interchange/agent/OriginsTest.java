package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allowed origins are exactly what a browser sends in {@code Origin}, nothing looser. */
class OriginsTest {

    @Test
    void canonicalOriginsAreAccepted() {
        assertThat(Origins.validate(List.of("https://shop.example", "http://127.0.0.1:8082", "https://shop.example")))
                .containsExactly("https://shop.example", "http://127.0.0.1:8082");
        assertThat(Origins.validate("http://[::1]:8080")).isEqualTo("http://[::1]:8080");
    }

    @Test
    void pathsWildcardsNullAndNonCanonicalFormsAreRefused() {
        for (String bad : List.of(
                "https://shop.example/",
                "https://shop.example/a",
                "https://shop.example#x",
                "https://*.example",
                "null",
                "ws://shop.example",
                "https://SHOP.example",
                "https://shop.example:443",
                "https://u:p@shop.example",
                "//shop.example",
                " https://shop.example")) {
            assertThatThrownBy(() -> Origins.validate(bad)).as(bad).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void tooManyOriginsAreRefused() {
        List<String> many = java.util.stream.IntStream.range(0, Origins.MAX + 1)
                .mapToObj(i -> "https://s" + i + ".example")
                .toList();
        assertThatThrownBy(() -> Origins.validate(many)).isInstanceOf(ApiException.class);
    }
}
