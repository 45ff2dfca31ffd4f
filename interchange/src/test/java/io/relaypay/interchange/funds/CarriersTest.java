package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CarriersTest {

    final Carriers carriers = new Carriers(List.of(
            new Carriers.Carrier("northwind", List.of("+49151", "+49160"), 3_000),
            new Carriers.Carrier("bluewave", List.of("+49176", "+491761"), 3_500)));

    @Test
    void numberBelongsToTheCarrierOfItsPrefix() {
        assertThat(carriers.of("+4916012345678")).map(Carriers.Carrier::name).contains("northwind");
    }

    @Test
    void longestPrefixWins() {
        Carriers overlapping = new Carriers(List.of(
                new Carriers.Carrier("wide", List.of("+4917"), 0),
                new Carriers.Carrier("narrow", List.of("+49176"), 0)));
        assertThat(overlapping.of("+4917612345671")).map(Carriers.Carrier::name).contains("narrow");
        assertThat(overlapping.of("+4917912345671")).map(Carriers.Carrier::name).contains("wide");
    }

    @Test
    void numberOfNoConfiguredCarrierHasNone() {
        assertThat(carriers.of("+33612345678")).isEmpty();
    }

    @Test
    void shareIsRoundedHalfUp() {
        Carriers.Carrier thirty = new Carriers.Carrier("c", List.of("+1"), 3_000);
        assertThat(thirty.shareOf(499)).isEqualTo(150); // 149.7
        assertThat(thirty.shareOf(5)).isEqualTo(2); // 1.5
        assertThat(thirty.shareOf(1)).isZero(); // 0.3
    }

    @Test
    void prefixClaimedByTwoCarriersIsRefused() {
        assertThatThrownBy(() -> new Carriers(List.of(
                        new Carriers.Carrier("a", List.of("+49151"), 0),
                        new Carriers.Carrier("b", List.of("+49151"), 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
