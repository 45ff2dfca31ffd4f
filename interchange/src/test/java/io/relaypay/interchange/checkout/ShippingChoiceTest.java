package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippingChoiceTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "48213 2|2",
                "YES 48213, 2|2",
                "48213  3 please|3",
                "ok 48213-12|12",
                "148213 48213 4|4",
                "48213 0|0"
            })
    void theNumberAfterTheCodeChoosesTheAddress(String reply, int number) {
        assertThat(ShippingChoice.inReply(reply, "48213")).isEqualTo(new ShippingChoice.Numbered(number));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"48213", "YES 48213", "48213 yes", "2 48213", "48213 12345", "48213 1000"})
    void withoutAShortNumberAfterTheCodeTheDefaultShips(String reply) {
        assertThat(ShippingChoice.inReply(reply, "48213")).isEqualTo(ShippingChoice.DEFAULT);
    }

    @Test
    void aCodeInsideALongerDigitRunIsNotTheCode() {
        assertThat(ShippingChoice.inReply("482131 2", "48213")).isEqualTo(ShippingChoice.DEFAULT);
    }
}
