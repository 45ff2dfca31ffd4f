package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Whatever base an SMSC reports an id in, the receipt maps to the id submit_sm_resp returned. */
class SubmittedIdsProperties {

    @Property
    void decimalIdsAreFoundFromTheirHexRendering(@ForAll @LongRange(min = 0) long value, @ForAll boolean upper) {
        var ids = new SubmittedIds(10);
        String canonical = Long.toString(value);
        ids.remember(canonical);
        String hex = Long.toHexString(value);
        assertThat(ids.canonical(upper ? hex.toUpperCase(Locale.ROOT) : hex)).isEqualTo(canonical);
        assertThat(ids.canonical(canonical)).isEqualTo(canonical);
    }

    @Property
    void hexIdsAreFoundFromTheirDecimalRendering(@ForAll @LongRange(min = 0) long value) {
        var ids = new SubmittedIds(10);
        String canonical = Long.toHexString(value).toUpperCase(Locale.ROOT);
        ids.remember(canonical);
        assertThat(ids.canonical(new BigInteger(canonical, 16).toString())).isEqualTo(canonical);
    }

    @Property
    void anExactMatchAlwaysWins(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long value) {
        var ids = new SubmittedIds(10);
        String decimal = Long.toString(value);
        String hexOfSameValue = Long.toHexString(value);
        ids.remember(decimal);
        ids.remember(hexOfSameValue); // its decimal rendering is the other id's exact text
        assertThat(ids.canonical(decimal)).isEqualTo(decimal);
    }
}
