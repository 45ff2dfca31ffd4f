package io.relaypay.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser reads what comes from outside (tokens from web pages, request bodies): whatever the input,
 * the answer is a value or a {@link JsonException}, nothing else. What it reads, a strict Jackson reads
 * alike (Jackson is the oracle), and what the writer writes reads back equal.
 */
class JsonProperties {

    /** Jackson as strict as the parser, and reading numbers exactly, to compare trees. */
    private static final JsonMapper ORACLE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final String SAMPLE =
            "{\"alg\":\"ES256\",\"amount\":499,\"origin\":\"https://shop.example\",\"list\":[1,-2.5e3,true,null],"
                    + "\"nested\":{\"s\":\"\\u00e9\\n\"}}";

    @Property(tries = 3000)
    void anyTextIsReadOrRefusedWithJsonException(@ForAll @Size(max = 200) String text) {
        readOrRefuse(text);
    }

    @Property(tries = 2000)
    void anyBytesAreReadOrRefusedWithJsonException(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            JsonParser.parse(bytes);
        } catch (JsonException refused) {
            assertThat(refused.getMessage())
                    .matches("(?s)JSON text is not valid UTF-8|invalid JSON at offset \\d+: .+");
        }
    }

    @Property(tries = 5000)
    void aValidDocumentMangledIsReadAsJacksonReadsItOrRefused(@ForAll("mangled") String text) {
        JsonValue read;
        try {
            read = JsonParser.parse(text);
        } catch (JsonException refused) {
            return;
        }
        assertThat(fromJackson(ORACLE.readTree(text))).as(text).isEqualTo(normalized(read));
    }

    @Property(tries = 2000)
    void whatIsWrittenReadsBackEqualHereAndInJackson(@ForAll("values") JsonValue value) {
        String text = value.toJson();

        assertThat(JsonParser.parse(value.toJsonBytes())).isEqualTo(value);
        assertThat(fromJackson(ORACLE.readTree(text))).isEqualTo(normalized(value));
    }

    private static void readOrRefuse(String text) {
        try {
            JsonParser.parse(text);
        } catch (JsonException refused) {
            assertThat(refused.getMessage()).matches("(?s)invalid JSON at offset \\d+: .+");
        }
    }

    /** The sample with one to four characters inserted, deleted or replaced by JSON's own characters. */
    @Provide
    Arbitrary<String> mangled() {
        Arbitrary<Character> significant = Arbitraries.of(
                '{', '}', '[', ']', ':', ',', '"', '\\', '-', '+', '.', 'e', '0', '1', 't', 'n', 'u', ' ', '\n', 'x');
        Arbitrary<int[]> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, SAMPLE.length() - 1),
                        significant)
                .as((kind, at, c) -> new int[] {kind, at, c});
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            StringBuilder text = new StringBuilder(SAMPLE);
            for (int[] e : edits) {
                int at = Math.min(e[1], text.length() - 1);
                switch (e[0]) {
                    case 0 -> text.insert(at, (char) e[2]);
                    case 1 -> text.deleteCharAt(at);
                    default -> text.setCharAt(at, (char) e[2]);
                }
            }
            return text.toString();
        });
    }

    @Provide
    Arbitrary<JsonValue> values() {
        return value(3);
    }

    private static Arbitrary<JsonValue> value(int depth) {
        Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(JsonString::new),
                Arbitraries.longs().map(JsonNumber::of),
                Arbitraries.bigDecimals()
                        .ofScale(3)
                        .map(d -> new JsonNumber(d.toString()))
                        .filter(n -> JsonParser.isNumber(n.literal())),
                Arbitraries.of(new JsonBoolean(true), new JsonBoolean(false), JsonNull.INSTANCE));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<JsonValue> inner = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<JsonValue> array = inner.list().ofMaxSize(4).map(JsonArray::new);
        Arbitrary<JsonValue> object = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), inner)
                .ofMaxSize(4)
                .map(JsonObject::new);
        return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }

    /** Jackson's tree as plain Java values: maps, lists, strings, numbers as BigDecimal, booleans, null. */
    private static Object fromJackson(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), fromJackson(e.getValue())));
            return members;
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.values().forEach(v -> values.add(fromJackson(v)));
            return values;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return "null";
    }

    /** The same plain Java values for a {@link JsonValue}. */
    private static Object normalized(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> members = new LinkedHashMap<>();
            object.members().forEach((name, v) -> members.put(name, normalized(v)));
            return members;
        }
        if (value instanceof JsonArray array) {
            return array.values().stream().map(JsonProperties::normalized).toList();
        }
        if (value instanceof JsonString(String text)) {
            return text;
        }
        if (value instanceof JsonNumber(String literal)) {
            return new BigDecimal(literal).stripTrailingZeros();
        }
        if (value instanceof JsonBoolean(boolean flag)) {
            return flag;
        }
        return "null";
    }
}
