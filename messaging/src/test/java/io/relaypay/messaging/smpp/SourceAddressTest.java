package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.Sender;
import org.junit.jupiter.api.Test;

class SourceAddressTest {

    @Test
    void shortCodesUseTheConfiguredTonAndNpi() {
        assertThat(SourceAddress.of(Sender.parse("84444"), 3, 0))
                .isEqualTo(new SourceAddress((byte) 3, (byte) 0, "84444"));
        assertThat(SourceAddress.of(Sender.parse("84444"), 0, 1))
                .isEqualTo(new SourceAddress((byte) 0, (byte) 1, "84444"));
    }

    @Test
    void numbersAreInternationalE164WithoutThePlus() {
        assertThat(SourceAddress.of(Sender.parse("+4915112345678"), 3, 0))
                .isEqualTo(new SourceAddress((byte) 1, (byte) 1, "4915112345678"));
    }

    @Test
    void namesAreAlphanumeric() {
        assertThat(SourceAddress.of(Sender.parse("Relaypay"), 3, 0))
                .isEqualTo(new SourceAddress((byte) 5, (byte) 0, "Relaypay"));
    }
}
