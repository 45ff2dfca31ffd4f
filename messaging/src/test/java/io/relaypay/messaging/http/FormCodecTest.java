package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.InvalidMessageException;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class FormCodecTest {
    @Test
    void encodedParametersDecodeToTheSameValues() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("text", "a+b & c=d %20 €😀");
        parameters.put("to", "+4915112345671");

        var decoded = FormCodec.decode(FormCodec.encode(parameters));

        assertThat(decoded.required("text")).isEqualTo("a+b & c=d %20 €😀");
        assertThat(decoded.required("to")).isEqualTo("+4915112345671");
    }

    @Test
    void plusIsASpaceAndEmptyPairsAreSkipped() {
        var decoded = FormCodec.decode("&a=x+y&&b&");

        assertThat(decoded.required("a")).isEqualTo("x y");
        assertThat(decoded.optional("b")).contains("");
    }

    @Test
    void truncatedEscapeIsAnError() {
        assertThatThrownBy(() -> FormCodec.decode("a=%4")).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void tooManyParametersIsAnError() {
        String query = "p=1&".repeat(1)
                + String.join(
                        "&",
                        java.util.stream.IntStream.range(0, 40)
                                .mapToObj(i -> "p" + i + "=1")
                                .toList());

        assertThatThrownBy(() -> FormCodec.decode(query))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("more than 32 parameters");
    }
}
