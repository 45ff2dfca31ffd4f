package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.RunningInterchange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One party's posted ledger entries, read from the admin ledger API (not from the statement code),
 * and the statement totals they should make: each statement number is the sum of the entries of
 * the kinds it names, {@code other} the sum of the rest. Amounts are signed from the account's side
 * (a credit is positive).
 */
record PartyLedger(String account, List<Posted> entries) {

    /** One posted transfer on the account; {@code created} in epoch seconds. */
    record Posted(String transfer, String kind, long amount, long created) {}

    /** The test-mode EUR account of {@code owner} with {@code purpose}, and its posted entries. */
    static PartyLedger of(RunningInterchange server, String owner, String purpose) {
        String accountId = null;
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=" + owner)
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && a.get("currency").asString().trim().equals("EUR")
                    && !a.get("livemode").asBoolean()) {
                accountId = a.get("account_id").asString();
            }
        }
        if (accountId == null) {
            return new PartyLedger(null, List.of());
        }
        List<Posted> posted = new ArrayList<>();
        String before = "";
        while (true) {
            JsonNode page = server.admin()
                    .get("/admin/v1/ledger/accounts/" + accountId + "/entries?limit=200" + before)
                    .json();
            for (JsonNode e : page.get("data")) {
                Set<String> flags = new java.util.HashSet<>();
                e.get("flags").forEach(f -> flags.add(f.asString()));
                // A hold moves nothing posted; its post (or void) is its own entry.
                if (flags.contains("pending") || flags.contains("void_pending")) {
                    continue;
                }
                long amount = e.get("amount").asLong();
                posted.add(new Posted(
                        e.get("id").asString(),
                        e.get("entry").asString(),
                        e.get("side").asString().equals("credit") ? amount : -amount,
                        e.get("created").asLong()));
            }
            if (!page.get("has_more").asBoolean()) {
                return new PartyLedger(accountId, List.copyOf(posted));
            }
            before = "&before=" + page.get("next_before").asLong();
        }
    }

    /** A merchant's balance: payments in, fees, refunds and payouts out. */
    SequencedMap<String, Long> merchantTotals(Instant from, Instant to) {
        long opening = before(from);
        long gross = sum(from, to, "payment");
        long fees = -sum(from, to, "fee");
        long refunds = -sum(from, to, "refund");
        long payouts = -sum(from, to, "payout");
        long all = sum(from, to, null);
        return totals(
                "opening", opening,
                "gross", gross,
                "shares", 0,
                "fees", fees,
                "refunds", refunds,
                "net", gross - fees - refunds,
                "payouts", payouts,
                "other", all - (gross - fees - refunds - payouts),
                "closing", opening + all);
    }

    /**
     * A carrier's receivable, an asset, so what it owes is the negated balance: charges billed,
     * shares kept, phone-bill refunds (the amount back to the bill less the share it returns),
     * remittances.
     */
    SequencedMap<String, Long> carrierTotals(Instant from, Instant to) {
        long opening = -before(from);
        long gross = -sum(from, to, "carrier_charge");
        long shares = sum(from, to, "carrier_share");
        long refunds = sum(from, to, "funding_refund");
        long remitted = sum(from, to, "remittance");
        long owedChange = -sum(from, to, null);
        return totals(
                "opening", opening,
                "gross", gross,
                "shares", shares,
                "fees", 0,
                "refunds", refunds,
                "net", gross - shares - refunds,
                "payouts", remitted,
                "other", owedChange - (gross - shares - refunds - remitted),
                "closing", opening + owedChange);
    }

    /**
     * A user's wallet: deposits of every kind (top-ups, phone-bill charges, card, bank and stored
     * value) less deposits given back, bonuses, merchants' refunds, purchases and user fees.
     */
    SequencedMap<String, Long> userTotals(Instant from, Instant to) {
        long opening = before(from);
        long deposits = sum(from, to, "top_up")
                + sum(from, to, "carrier_charge")
                + sum(from, to, "funding_charge")
                + sum(from, to, "funding_refund");
        long bonuses = sum(from, to, "promotion");
        long refunds = sum(from, to, "refund");
        long purchases = -sum(from, to, "payment");
        long fees = -sum(from, to, "user_fee");
        long all = sum(from, to, null);
        return totals(
                "opening", opening,
                "deposits", deposits,
                "bonuses", bonuses,
                "refunds", refunds,
                "purchases", purchases,
                "fees", fees,
                "other", all - (deposits + bonuses + refunds - purchases - fees),
                "closing", opening + all);
    }

    /** The account's balance from every posted entry. */
    long balance() {
        return entries.stream().mapToLong(Posted::amount).sum();
    }

    /** The entries in {@code [from, to)}, by transfer id, as {@code kind amount}. */
    Map<String, String> linesIn(Instant from, Instant to) {
        Map<String, String> lines = new TreeMap<>();
        entries.stream()
                .filter(p -> in(p, from, to))
                .forEach(p -> lines.put(p.transfer(), p.kind() + " " + p.amount()));
        return lines;
    }

    /**
     * Checks a statement as JSON ({@code data[0]}, or none when nothing ever moved) and as CSV
     * against {@code expected}: every total, and every line with its transfer, kind and amount.
     */
    void check(String party, SequencedMap<String, Long> expected, JsonNode json, String csv, Instant from, Instant to) {
        JsonNode data = json.get("data");
        if (account == null) {
            assertThat(data).as("statement of " + party + " without an account").isEmpty();
            return;
        }
        assertThat(data).as("statements of " + party).hasSize(1);
        JsonNode eur = data.get(0);
        SequencedMap<String, Long> shown = new LinkedHashMap<>();
        expected.keySet().forEach(k -> shown.put(k, eur.get(k).asLong()));
        assertThat(shown)
                .as("statement of " + party + " against its ledger entries")
                .isEqualTo(expected);
        Map<String, String> jsonLines = new TreeMap<>();
        eur.get("lines")
                .forEach(l -> jsonLines.put(
                        l.get("transfer").asString(),
                        l.get("entry").asString() + " " + l.get("amount").asLong()));
        assertThat(jsonLines).as("lines of " + party).isEqualTo(linesIn(from, to));

        SequencedMap<String, Long> csvTotals = new LinkedHashMap<>();
        Map<String, String> csvLines = new TreeMap<>();
        for (String row : csv.strip().lines().skip(1).toList()) {
            String[] cells = row.split(",", -1);
            long minor = new BigDecimal(cells[6]).movePointRight(2).longValueExact();
            if (cells[0].equals("summary")) {
                csvTotals.put(cells[1], minor);
            } else {
                csvLines.put(cells[4], cells[1] + " " + minor);
            }
        }
        assertThat(csvTotals).as("CSV statement of " + party).isEqualTo(expected);
        assertThat(csvLines).as("CSV lines of " + party).isEqualTo(linesIn(from, to));
    }

    private long before(Instant from) {
        return entries.stream()
                .filter(p -> p.created() < from.getEpochSecond())
                .mapToLong(Posted::amount)
                .sum();
    }

    /** The entries of {@code kind} (any kind when null) in {@code [from, to)}. */
    private long sum(Instant from, Instant to, String kind) {
        return entries.stream()
                .filter(p -> in(p, from, to) && (kind == null || p.kind().equals(kind)))
                .mapToLong(Posted::amount)
                .sum();
    }

    private static boolean in(Posted p, Instant from, Instant to) {
        return p.created() >= from.getEpochSecond() && p.created() < to.getEpochSecond();
    }

    private static SequencedMap<String, Long> totals(Object... namesAndAmounts) {
        SequencedMap<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < namesAndAmounts.length; i += 2) {
            totals.put((String) namesAndAmounts[i], ((Number) namesAndAmounts[i + 1]).longValue());
        }
        return totals;
    }
}
