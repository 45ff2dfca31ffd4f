package io.relaypay.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static OutboundMessage.Builder notice() {
        return OutboundMessage.to(PhoneNumber.of("+4915112345671"))
                .from(new Sender.ShortCode("84444"))
                .text("Relaypay: you paid 4.99 EUR");
    }

    @Test
    void aSubjectUpToTheOutboxColumnsWidthIsKept() {
        String longest = "s".repeat(OutboundMessage.MAX_SUBJECT_LENGTH);

        assertThat(notice().subject(longest).build(Instant.EPOCH).subject()).contains(longest);
    }

    @Test
    void aBlankOrOverlongSubjectIsRefused() {
        assertThatThrownBy(() -> notice().subject(" ").build(Instant.EPOCH))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> notice().subject("s".repeat(OutboundMessage.MAX_SUBJECT_LENGTH + 1))
                        .build(Instant.EPOCH))
                .isInstanceOf(InvalidMessageException.class);
    }
}
