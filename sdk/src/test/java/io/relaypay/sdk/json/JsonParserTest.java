package io.relaypay.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void readsEveryKindOfValue() {
        JsonValue value = JsonParser.parse(
                " {\"s\":\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\",\"n\":-12.5e+3,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,{}]} ");

        assertThat(value)
                .isEqualTo(new JsonObject(Map.of(
                        "s", new JsonString("a\"\\/\b\f\n\r\t\u00e9"),
                        "n", new JsonNumber("-12.5e+3"),
                        "t", new JsonBoolean(true),
                        "f", new JsonBoolean(false),
                        "z", JsonNull.INSTANCE,
                        "a", new JsonArray(List.of(new JsonNumber("1"), new JsonObject(Map.of()))))));
    }

    @Test
    void membersKeepTheirOrderWhenWrittenAgain() {
        String text = "{\"z\":1,\"a\":[true,null],\"m\":\"x\"}";

        assertThat(JsonParser.parse(text).toJson()).isEqualTo(text);
    }

    @Test
    void aRepeatedMemberNameIsRefused() {
        assertThatThrownBy(() -> JsonParser.parse("{\"alg\":\"ES256\",\"alg\":\"none\"}"))
                .isInstanceOf(JsonException.class)
                .hasMessage("invalid JSON at offset 15: duplicate member name \"alg\"");
    }

    @Test
    void contentAfterTheValueIsRefused() {
        assertThatThrownBy(() -> JsonParser.parse("{} {}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("offset 3: unexpected content after the JSON value");
    }

    @Test
    void whatRfc8259DoesNotAllowIsRefused() {
        for (String text : List.of(
                "",
                " ",
                "01",
                "1.",
                ".5",
                "+1",
                "1e",
                "-",
                "NaN",
                "[1,]",
                "{\"a\":1,}",
                "{'a':1}",
                "{a:1}",
                "\"tab\there\"",
                "\"\\x41\"",
                "\"\\u12G4\"",
                "\"\\u12\"",
                "\"open",
                "[1 2]",
                "tru",
                "nul",
                "// comment\n1",
                "\u00a01")) {
            assertThatThrownBy(() -> JsonParser.parse(text))
                    .as(text)
                    .isInstanceOf(JsonException.class)
                    .hasMessageStartingWith("invalid JSON at offset ");
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> JsonParser.parse(deep))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("nested deeper than " + JsonParser.MAX_DEPTH);
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String deepest = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);

        assertThat(JsonParser.parse(deepest).toJson()).isEqualTo(deepest);
    }

    @Test
    void malformedUtf8IsRefused() {
        byte[] bytes = {'"', (byte) 0xc3, '"'};

        assertThatThrownBy(() -> JsonParser.parse(bytes))
                .isInstanceOf(JsonException.class)
                .hasMessage("JSON text is not valid UTF-8");
    }

    @Test
    void utf8TextIsReadAsIs() {
        byte[] bytes = "[\"Café 🎮\"]".getBytes(StandardCharsets.UTF_8);

        assertThat(JsonParser.parse(bytes)).isEqualTo(JsonArray.of(new JsonString("Café 🎮")));
    }

    @Test
    void anObjectIsRequiredWhereOneIsExpected() {
        assertThatThrownBy(() -> JsonObject.parse("[]"))
                .isInstanceOf(JsonException.class)
                .hasMessage("not a JSON object");
    }

    @Test
    void controlCharactersAndLoneSurrogatesSurviveAWriteAndARead() {
        JsonString odd = new JsonString("\u0000\u001f\ud800x\udc00\"\\");

        assertThat(odd.toJson()).isEqualTo("\"\\u0000\\u001f\\ud800x\\udc00\\\"\\\\\"");
        assertThat(JsonParser.parse(odd.toJsonBytes())).isEqualTo(odd);
    }

    @Test
    void anIntegerIsOnlyAnIntegerLiteralThatFitsALong() {
        assertThat(new JsonNumber("9223372036854775807").longValue()).hasValue(Long.MAX_VALUE);
        assertThat(new JsonNumber("-9223372036854775808").longValue()).hasValue(Long.MIN_VALUE);
        assertThat(new JsonNumber("-0").longValue()).hasValue(0);
        assertThat(new JsonNumber("9223372036854775808").longValue()).isEmpty();
        assertThat(new JsonNumber("1.0").longValue()).isEmpty();
        assertThat(new JsonNumber("1e2").longValue()).isEmpty();
    }

    @Test
    void aNumberIsMadeOnlyOfAValidLiteral() {
        assertThatThrownBy(() -> new JsonNumber("1,5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonNumber("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuilderWritesMembersInTheOrderTheyWerePut() {
        byte[] json = JsonObject.builder()
                .put("alg", "ES256")
                .put("n", 42)
                .put("inner", JsonArray.of(JsonNull.INSTANCE, new JsonBoolean(false)))
                .toJsonBytes();

        assertThat(new String(json, StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"ES256\",\"n\":42,\"inner\":[null,false]}");
    }
}
