package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GsmAlphabetTest {
    @Test
    void basicAndExtensionCharactersAreGsm() {
        assertThat(GsmAlphabet.canEncode("Hello @ £5 – no")).isFalse(); // en dash is not GSM
        assertThat(GsmAlphabet.canEncode("Hello @ £5, ÄÖÜ äöü ß é {[~]} € ^ |")).isTrue();
    }

    @Test
    void cyrillicAndEmojiAreNot() {
        assertThat(GsmAlphabet.canEncode("Привет")).isFalse();
        assertThat(GsmAlphabet.canEncode("ok 😀")).isFalse();
    }

    @Test
    void theEscapeCharacterItselfIsNotText() {
        assertThat(GsmAlphabet.canEncode("a\u001bb")).isFalse();
    }
}
