package io.relaypay.interchange.routes;

import io.relaypay.routing.cost.CostModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an edge's cost model as configuration writes it, in micro-units per message:
 *
 * <pre>
 * free
 * flat 3500                          every message 3500 micro-units
 * subscription 10000 2000            10,000 messages a month included, then 2000 each
 * tiers 0:4000,10000:3000,100000:2000  marginal price by month-to-date count
 * subscription 5000 2500 + flat 300  terms joined by + are summed
 * </pre>
 */
public final class CostModelText {

    private CostModelText() {}

    /**
     * The model {@code text} describes.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CostModel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a cost model is required, e.g. 'flat 3500' (micro-units per message)");
        }
        List<CostModel> terms = new ArrayList<>();
        for (String term : text.split("\\+", -1)) {
            terms.add(term(term.strip(), text));
        }
        return terms.size() == 1 ? terms.getFirst() : CostModel.sum(terms.toArray(CostModel[]::new));
    }

    private static CostModel term(String term, String whole) {
        String[] words = term.split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        try {
            return switch (name) {
                case "free" -> {
                    arity(words, 1, "free");
                    yield CostModel.free();
                }
                case "flat" -> {
                    arity(words, 2, "flat <micros>");
                    yield CostModel.flat(number(words[1]));
                }
                case "subscription" -> {
                    arity(words, 3, "subscription <quota> <overage micros>");
                    yield CostModel.subscription(number(words[1]), number(words[2]));
                }
                case "tiers" -> {
                    arity(words, 2, "tiers <from>:<micros>,<from>:<micros>...");
                    yield tiers(words[1]);
                }
                default -> throw new IllegalArgumentException("unknown cost model '" + words[0] + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cost model '" + whole + "': " + e.getMessage()
                            + " (write free, flat <micros>, subscription <quota> <micros>, tiers <from>:<micros>,...;"
                            + " join terms with +)",
                    e);
        }
    }

    private static CostModel tiers(String spec) {
        String[] pairs = spec.split(",", -1);
        long[] values = new long[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] pair = pairs[i].split(":", -1);
            if (pair.length != 2) {
                throw new IllegalArgumentException("tier '" + pairs[i] + "' is not <from>:<micros>");
            }
            values[2 * i] = number(pair[0]);
            values[2 * i + 1] = number(pair[1]);
        }
        return CostModel.tiers(values);
    }

    private static void arity(String[] words, int expected, String shape) {
        if (words.length != expected) {
            throw new IllegalArgumentException("expected '" + shape + "'");
        }
    }

    private static long number(String word) {
        try {
            long value = Long.parseLong(word.replace("_", ""));
            if (value < 0) {
                throw new IllegalArgumentException("'" + word + "' must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + word + "' is not a whole number");
        }
    }
}
