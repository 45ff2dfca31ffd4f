package io.relaypay.interchange.settlement.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.funds.BuyerDirectory;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.settlement.MethodFeeStore;
import io.relaypay.interchange.settlement.PayoutRuns;
import io.relaypay.interchange.settlement.PayoutStore;
import io.relaypay.interchange.settlement.PayoutView;
import io.relaypay.interchange.settlement.Period;
import io.relaypay.interchange.settlement.Statements;
import io.relaypay.interchange.web.JsonFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Admin API for settlement: payout runs, payout accounts, carrier statements (docs/settlement.md). */
@RestController
@RequestMapping(path = "/admin/v1")
public class AdminSettlementController {

    private static final Set<String> RUN_FIELDS = Set.of("from", "to");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("account");
    private static final Set<String> FEE_FIELDS = Set.of("fee_basis_points", "fee_fixed");

    private final PayoutRuns runs;
    private final PayoutStore payouts;
    private final Statements statements;
    private final MethodFeeStore methodFees;
    private final BuyerDirectory buyers;

    AdminSettlementController(
            PayoutRuns runs,
            PayoutStore payouts,
            Statements statements,
            MethodFeeStore methodFees,
            BuyerDirectory buyers) {
        this.buyers = buyers;
        this.runs = runs;
        this.payouts = payouts;
        this.statements = statements;
        this.methodFees = methodFees;
    }

    /** Runs the payouts of a period now; a repeat answers the same payouts. */
    @PostMapping(
            path = "/payout-runs",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> run(@RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, RUN_FIELDS);
        Period period = PeriodParams.of(fields.requiredString("from"), fields.requiredString("to"));
        PayoutRuns.Run run;
        try {
            run = runs.run(period);
        } catch (IllegalArgumentException notEnded) {
            throw ApiException.invalid("to", notEnded.getMessage());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "payout_run");
        view.put("period_start", period.start().toString());
        view.put("period_end", period.end().toString());
        view.put("payouts", run.payouts().stream().map(PayoutView::of).toList());
        view.put("waiting_for_payout_account", run.waiting());
        return view;
    }

    /** Sets where the merchant's payouts go. */
    @PutMapping(
            path = "/merchants/{id}/payout-account",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> payoutAccount(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        String account =
                JsonFields.of(body, ACCOUNT_FIELDS).requiredString("account").strip();
        if (account.isEmpty() || account.length() > 200) {
            throw ApiException.invalid("account", "account must be 1 to 200 characters");
        }
        if (!payouts.setPayoutAccount(id, account)) {
            throw ApiException.notFound("merchant", id);
        }
        return Map.of("merchant", id, "payout_account", PayoutView.masked(account));
    }

    /** Sets the merchant's fee terms for payments funded by {@code method} ({@code balance}, {@code operator-billing}…). */
    @PutMapping(
            path = "/merchants/{id}/fees/{method}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> methodFees(
            @PathVariable String id, @PathVariable String method, @RequestBody(required = false) JsonNode body) {
        JsonFields fields = JsonFields.of(body, FEE_FIELDS);
        if (!method.matches("[a-z-]{1,40}")) {
            throw ApiException.invalid("method", "method must be a funding method like operator-billing");
        }
        FeeTerms terms;
        try {
            terms = new FeeTerms(
                    Math.toIntExact(fields.optionalLong("fee_basis_points").orElse(0L)),
                    fields.optionalLong("fee_fixed").orElse(0L));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ApiException.invalid("fee_basis_points", e.getMessage());
        }
        if (!methodFees.set(id, method, terms)) {
            throw ApiException.notFound("merchant", id);
        }
        return Map.of(
                "merchant",
                id,
                "method",
                method,
                "fee_basis_points",
                terms.basisPoints(),
                "fee_fixed",
                terms.fixedMinor());
    }

    /** The wallet statement of the user at {@code phone}: deposits, bonuses, refunds, purchases, fees. */
    @GetMapping(path = "/users/{phone}/statement")
    public ResponseEntity<?> userStatement(
            @PathVariable String phone,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean livemode,
            @RequestParam(defaultValue = "json") String format) {
        Period period = PeriodParams.of(from, to);
        String user = buyers.userOf(phone).orElseThrow(() -> ApiException.notFound("user with phone", phone));
        return StatementViews.render(format, "user", user, statements.ofUser(user, livemode, period));
    }

    /** What the carrier billed, kept, remitted and still owes over a period, per currency. */
    @GetMapping(path = "/carriers/{name}/statement")
    public ResponseEntity<?> carrierStatement(
            @PathVariable String name,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean livemode,
            @RequestParam(defaultValue = "json") String format) {
        Period period = PeriodParams.of(from, to);
        return StatementViews.render(format, "carrier", name, statements.ofCarrier(name, livemode, period));
    }
}
