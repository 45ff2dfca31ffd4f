package io.relaypay.interchange.funds.web;

import io.relaypay.interchange.funds.Balances;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.web.MerchantAuthFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The merchant's balance: {@code GET /v1/balance} (docs/api.md). */
@RestController
public class BalanceController {

    private final Balances balances;

    BalanceController(Balances balances) {
        this.balances = balances;
    }

    /** Available (posted) and pending amounts per currency, in the key's mode. */
    @GetMapping(path = "/v1/balance", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> balance(@RequestAttribute(MerchantAuthFilter.CALLER) Caller caller) {
        Balances.MerchantBalance balance = balances.ofMerchant(caller);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("object", "balance");
        view.put("livemode", balance.livemode());
        view.put("available", amounts(balance.available()));
        view.put("pending", amounts(balance.pending()));
        return view;
    }

    private static List<Map<String, Object>> amounts(List<Balances.Amount> amounts) {
        return amounts.stream()
                .map(a -> Map.<String, Object>of("amount", a.amount(), "currency", a.currency()))
                .toList();
    }
}
