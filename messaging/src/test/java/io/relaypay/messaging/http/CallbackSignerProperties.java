package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A token is valid for exactly the channel, kind and message id it was made for. */
class CallbackSignerProperties {
    private static final String SECRET = "correct-horse-battery-staple";

    @Property(tries = 1_000)
    void aTokenVerifiesOnlyItsOwnMessage(
            @ForAll("channels") String channel, @ForAll("ids") String id, @ForAll("ids") String otherId) {
        Assume.that(!id.equals(otherId));
        var signer = new CallbackSigner(channel, SECRET);
        String token = signer.deliveryReportToken(id);

        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, query(id, token)))
                .isTrue();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, query(otherId, token)))
                .isFalse();
        assertThat(signer.deliveryReportToken(otherId)).isNotEqualTo(token);
    }

    @Property(tries = 1_000)
    void aTokenVerifiesOnlyOnItsOwnChannel(
            @ForAll("channels") String channel, @ForAll("channels") String otherChannel, @ForAll("ids") String id) {
        Assume.that(!channel.equals(otherChannel));
        var signer = new CallbackSigner(channel, SECRET);
        var other = new CallbackSigner(otherChannel, SECRET);

        assertThat(other.verify(CallbackKind.DELIVERY_REPORT, signer.deliveryReportQuery(id)))
                .isFalse();
        assertThat(other.verify(CallbackKind.MOBILE_ORIGINATED, signer.mobileOriginatedQuery()))
                .isFalse();
    }

    @Property(tries = 1_000)
    void aTokenVerifiesOnlyForItsOwnKind(@ForAll("channels") String channel, @ForAll("ids") String id) {
        var signer = new CallbackSigner(channel, SECRET);
        String dlrToken = signer.deliveryReportToken(id);
        String moToken = signer.mobileOriginatedToken();

        assertThat(dlrToken).isNotEqualTo(moToken);
        assertThat(signer.verify(CallbackKind.MOBILE_ORIGINATED, query(id, dlrToken)))
                .isFalse();
        assertThat(signer.verify(CallbackKind.DELIVERY_REPORT, query(id, moToken)))
                .isFalse();
    }

    private static String query(String id, String token) {
        return "id=" + FormCodec.encode(id) + "&sig=" + token;
    }

    @Provide
    Arbitrary<String> channels() {
        // Names that differ only slightly (a suffix, a case) are where a sloppy MAC input would collide.
        return Arbitraries.oneOf(
                Arbitraries.of("kannel-a", "kannel-b", "Kannel-a", "kannel-a ", "agg", "agg-dlr"),
                Arbitraries.strings()
                        .withCharRange('!', '~')
                        .excludeChars('|')
                        .ofMinLength(1)
                        .ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.of("msg_1", "msg_2", "msg_10", "mo", "dlr", "MSG_1"),
                Arbitraries.strings()
                        .withCharRange('!', '~')
                        .excludeChars('|')
                        .ofMinLength(1)
                        .ofMaxLength(40));
    }
}
