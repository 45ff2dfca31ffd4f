package io.relaypay.interchange.settlement.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.settlement.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code from} and {@code to}: a UTC date ({@code 2026-11-01}, whole days: {@code to} is
 * included) or an instant ({@code 2026-11-01T12:00:00Z}, {@code to} excluded).
 */
final class PeriodParams {

    private PeriodParams() {}

    static Period of(String from, String to) {
        Instant start = parse("from", from, false);
        Instant end = parse("to", to, true);
        if (!end.isAfter(start)) {
            throw ApiException.invalid("to", "to must be after from");
        }
        return new Period(start, end);
    }

    private static Instant parse(String param, String value, boolean end) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(param, param + " is required (a date like 2026-11-01 or an instant)");
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                    param, param + " must be a date like 2026-11-01 or an instant like 2026-11-01T00:00:00Z");
        }
    }
}
