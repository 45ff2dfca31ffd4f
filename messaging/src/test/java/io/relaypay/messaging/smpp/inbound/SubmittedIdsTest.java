package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmittedIdsTest {

    private final SubmittedIds ids = new SubmittedIds(100);

    @Test
    void aHexIdReportedInDecimalMapsBackToTheHexId() {
        ids.remember("1A2B3C");
        assertThat(ids.canonical("1715004")).isEqualTo("1A2B3C");
        assertThat(ids.canonical("1a2b3c")).isEqualTo("1A2B3C");
    }

    @Test
    void aDecimalIdReportedInHexMapsBackToTheDecimalId() {
        ids.remember("1715004");
        assertThat(ids.canonical("1a2b3c")).isEqualTo("1715004");
        assertThat(ids.canonical("001A2B3C")).isEqualTo("1715004");
    }

    @Test
    void anIdValidInBothBasesPrefersTheExactMatch() {
        ids.remember("123"); // decimal 123 = 0x7b; read as hex 0x123 = 291
        ids.remember("7b"); // read as hex = 123 decimal
        assertThat(ids.canonical("123")).isEqualTo("123");
        assertThat(ids.canonical("7B")).isEqualTo("7b");
        assertThat(ids.canonical("291")).isEqualTo("123");
    }

    @Test
    void leadingZerosDoNotHideAMatch() {
        ids.remember("0000012345");
        assertThat(ids.canonical("12345")).isEqualTo("0000012345");
    }

    @Test
    void anUnknownIdPassesThroughUnchanged() {
        assertThat(ids.canonical("msg-77")).isEqualTo("msg-77");
    }

    @Test
    void theOldestIdsAreForgottenFirst() {
        var small = new SubmittedIds(2);
        small.remember("ff");
        small.remember("100");
        small.remember("200");
        assertThat(small.canonical("255")).isEqualTo("255");
        assertThat(small.canonical("256")).isEqualTo("100");
        assertThat(small.canonical("c8")).isEqualTo("200");
    }

    @Test
    void renderingsListEveryFormAReconcilerShouldTry() {
        assertThat(SubmittedIds.renderings("00FF")).containsExactlyInAnyOrder("ff", "255");
        assertThat(SubmittedIds.renderings("10")).containsExactlyInAnyOrder("10", "a", "16");
        assertThat(SubmittedIds.renderings("msg-1")).containsExactly("msg-1");
    }
}
