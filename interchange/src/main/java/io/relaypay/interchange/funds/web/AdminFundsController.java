package io.relaypay.interchange.funds.web;

import io.relaypay.interchange.funds.Balances;
import io.relaypay.interchange.funds.Entry;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.TopUps;
import io.relaypay.interchange.web.JsonFields;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.ledger.domain.TransferRecord;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for money: a buyer's balances, an account's ledger entries, and test-mode top-ups
 * (docs/funds.md).
 */
@RestController
@RequestMapping(path = "/admin/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminFundsController {

    private static final Set<String> CREDIT_FIELDS = Set.of("amount", "currency", "reference");

    private final Balances balances;
    private final TopUps topUps;

    AdminFundsController(Balances balances, TopUps topUps) {
        this.balances = balances;
        this.topUps = topUps;
    }

    /** Every ledger account of the buyer at {@code phone}, both modes, with balances. */
    @GetMapping("/users/{phone}/balances")
    public Map<String, Object> userBalances(@PathVariable String phone) {
        return Map.of(
                "object",
                "list",
                "data",
                balances.ofPhone(phone).stream()
                        .map(AdminFundsController::accountView)
                        .toList());
    }

    /** Every ledger account of {@code owner} ({@code system} for Relaypay's own: fees, carriers). */
    @GetMapping("/ledger/accounts")
    public Map<String, Object> accounts(@RequestParam String owner) {
        return Map.of(
                "object",
                "list",
                "data",
                balances.ofOwner(owner).stream()
                        .map(AdminFundsController::accountView)
                        .toList());
    }

    /** Credits the buyer's test-mode balance from the external account; idempotent by reference. */
    @PostMapping(path = "/users/{phone}/credits", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> credit(
            @PathVariable String phone, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, CREDIT_FIELDS);
        long amount = fields.requiredLong("amount");
        String currency = fields.requiredString("currency");
        String reference = fields.requiredString("reference");
        TopUps.Credited credited = topUps.credit(phone, amount, currency, reference);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "credit");
        view.put("phone_number", phone);
        view.put("user", credited.userId());
        view.put("amount", amount);
        view.put("currency", currency);
        view.put("reference", reference);
        view.put("livemode", false);
        view.put("repeated", credited.repeated());
        return ResponseEntity.status(credited.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(view);
    }

    /** The transfers of a ledger account, newest first, a page at a time. */
    @GetMapping("/ledger/accounts/{accountId}/entries")
    public Map<String, Object> entries(
            @PathVariable String accountId,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before) {
        TransferPage page = balances.entries(accountId, before, limit);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "list");
        view.put(
                "data",
                page.transfers().stream().map(t -> entryView(t, accountId)).toList());
        view.put("has_more", page.nextBefore().isPresent());
        view.put(
                "next_before", page.nextBefore().isPresent() ? page.nextBefore().getAsLong() : null);
        return view;
    }

    private static Map<String, Object> accountView(LedgerAccounts.Held held) {
        AccountRecord account = held.account();
        Balance balance = account.balance();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account_id", held.row().accountId().toString());
        view.put("object", "ledger_account");
        view.put("owner", held.row().owner());
        view.put("purpose", held.row().purpose());
        view.put("kind", account.account().kind().name().toLowerCase(Locale.ROOT));
        view.put("currency", held.row().currency());
        view.put("livemode", held.row().livemode());
        view.put("balance", balance.net());
        view.put("available", balance.available());
        view.put("debits_pending", balance.debitsPending());
        view.put("debits_posted", balance.debitsPosted());
        view.put("credits_pending", balance.creditsPending());
        view.put("credits_posted", balance.creditsPosted());
        return view;
    }

    private static Map<String, Object> entryView(TransferRecord record, String accountId) {
        Transfer t = record.transfer();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", t.id().toString());
        view.put("object", "ledger_transfer");
        view.put("entry", Entry.of(t.code()).map(Entry::wire).orElse("code_" + t.code()));
        view.put("side", t.debitAccountId().toString().equals(accountId) ? "debit" : "credit");
        view.put("debit_account", t.debitAccountId().toString());
        view.put("credit_account", t.creditAccountId().toString());
        view.put("amount", t.amount());
        view.put("currency", t.currency().getCurrencyCode());
        view.put(
                "flags",
                t.flags().stream()
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList());
        view.put("pending_id", t.pendingId().isZero() ? null : t.pendingId().toString());
        view.put("state", record.state().name().toLowerCase(Locale.ROOT));
        view.put("created", record.createdAt().getEpochSecond());
        view.put("sequence", record.sequence());
        return view;
    }
}
