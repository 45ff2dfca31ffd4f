package io.relaypay.interchange.settlement.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.settlement.Movement;
import io.relaypay.interchange.settlement.Totals;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Statements as JSON (amounts in minor units, as everywhere in the API) or CSV (amounts in major
 * units with the currency's decimals, for spreadsheets), docs/settlement.md.
 */
final class StatementViews {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private StatementViews() {}

    static ResponseEntity<?> render(String format, String partyKey, String party, List<? extends Totals> statements) {
        return switch (format) {
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(partyKey, party, statements));
            case "csv" -> ResponseEntity.ok().contentType(CSV).body(csv(statements));
            default -> throw ApiException.invalid("format", "format must be json or csv");
        };
    }

    static Map<String, Object> json(String partyKey, String party, List<? extends Totals> statements) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "statement");
        view.put(partyKey, party);
        view.put("data", statements.stream().map(StatementViews::json).toList());
        return view;
    }

    private static Map<String, Object> json(Totals s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("currency", s.currency());
        view.put("livemode", s.livemode());
        view.put("period_start", s.period().start().toString());
        view.put("period_end", s.period().end().toString());
        view.putAll(s.totals());
        view.put(
                "lines",
                s.lines().stream()
                        .map(m -> {
                            Map<String, Object> line = new LinkedHashMap<>();
                            line.put("at", m.at().toString());
                            line.put("entry", entry(m));
                            line.put("object", m.object().orElse(null));
                            line.put("transfer", m.transferId());
                            line.put("amount", m.amount());
                            return line;
                        })
                        .toList());
        return view;
    }

    /**
     * One row per summary number, then one per movement: {@code
     * section,name,at,object,transfer,currency,amount}.
     */
    static String csv(List<? extends Totals> statements) {
        StringBuilder out = new StringBuilder("section,name,at,object,transfer,currency,amount\n");
        for (Totals s : statements) {
            String c = s.currency();
            s.totals().forEach((name, amount) -> summary(out, name, c, amount));
            for (Movement m : s.lines()) {
                out.append("entry,")
                        .append(entry(m))
                        .append(',')
                        .append(m.at())
                        .append(',')
                        .append(m.object().orElse(""))
                        .append(',')
                        .append(m.transferId())
                        .append(',')
                        .append(c)
                        .append(',')
                        .append(major(m.amount(), c))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, String name, String currency, long amount) {
        out.append("summary,")
                .append(name)
                .append(",,,,")
                .append(currency)
                .append(',')
                .append(major(amount, currency))
                .append('\n');
    }

    private static String entry(Movement m) {
        return m.entry().map(Entry::wire).orElse("other");
    }

    /** {@code -1234} EUR as {@code -12.34}. */
    static String major(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
