package io.relaypay.routing.decision;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code key = value} fields of one rule in rule text, read once each; leftovers are errors. */
final class RuleFields {

    private final String ruleId;
    private final int line;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    RuleFields(String ruleId, int line) {
        this.ruleId = ruleId;
        this.line = line;
    }

    String ruleId() {
        return ruleId;
    }

    void put(String field, String value, int atLine) {
        if (values.putIfAbsent(field, value) != null) {
            throw new RuleSetException("line " + atLine + ": rule " + ruleId + " sets " + field + " twice");
        }
    }

    String text(String field) {
        read.add(field);
        String value = values.get(field);
        if (value == null || value.isEmpty()) {
            throw problem("needs " + field);
        }
        return value;
    }

    String text(String field, String otherwise) {
        read.add(field);
        String value = values.get(field);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    long amount(String field) {
        return number(field, text(field));
    }

    long amount(String field, long otherwise) {
        String value = text(field, null);
        return value == null ? otherwise : number(field, value);
    }

    int count(String field, int otherwise) {
        long value = amount(field, otherwise);
        if (value > Integer.MAX_VALUE) {
            throw problem(field + " is too large: " + value);
        }
        return (int) value;
    }

    List<String> list(String field) {
        String value = text(field, "");
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    List<Long> amounts(String field) {
        List<Long> amounts = new ArrayList<>();
        for (String item : list(field)) {
            amounts.add(number(field, item));
        }
        return amounts;
    }

    Duration duration(String field) {
        String value = text(field);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(field + " must be an ISO-8601 duration such as P7D: " + value);
        }
    }

    Confirmation confirmation(String field) {
        String value = text(field);
        try {
            return Confirmation.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw problem(field + " must be SMS_CODE, PIN or BOTH: " + value);
        }
    }

    Scope scope() {
        return new Scope(text("country", Scope.ANY), text("carrier", Scope.ANY));
    }

    Limits limits() {
        return new Limits(
                text("currency"),
                amount("per-transaction", Limits.NO_CAP),
                amount("per-day", Limits.NO_CAP),
                amount("per-month", Limits.NO_CAP));
    }

    /** Fails on fields no rule of this type reads, so a typo does not silently drop a cap. */
    void requireAllRead() {
        for (String field : values.keySet()) {
            if (!read.contains(field)) {
                throw problem("has unknown field " + field);
            }
        }
    }

    RuleSetException problem(String what) {
        return new RuleSetException("rule " + ruleId + " (line " + line + ") " + what);
    }

    private long number(String field, String value) {
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw problem(field + " must not be negative: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw problem(field + " must be a whole number of minor units: " + value);
        }
    }
}
