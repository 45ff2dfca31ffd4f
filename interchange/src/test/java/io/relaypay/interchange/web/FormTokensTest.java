package io.relaypay.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.ProblemType;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private final FormTokens tokens = new FormTokens(key((byte) 1));

    @Test
    void tokenOfTheSubjectPasses() {
        assertThatCode(() -> tokens.check("checkout:pay_1", tokens.token("checkout:pay_1")))
                .doesNotThrowAnyException();
    }

    @Test
    void tokenOfAnotherSubjectOrKeyOrNoneIsRefused() {
        String other = tokens.token("checkout:pay_2");
        String otherKey = new FormTokens(key((byte) 2)).token("checkout:pay_1");

        for (String presented : new String[] {other, otherKey, "", null}) {
            assertThatThrownBy(() -> tokens.check("checkout:pay_1", presented))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_FORM_TOKEN));
        }
    }

    @Test
    void originsAreSchemeHostAndPortOnly() {
        assertThat(PageHeaders.origin(URI.create("https://Shop.example:8443/ok?x=1#y")))
                .hasValue("https://shop.example:8443");
        assertThat(PageHeaders.origin(URI.create("javascript:alert(1)"))).isEmpty();
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
