package io.relaypay.interchange.deposits.web;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.deposits.Deposit;
import io.relaypay.interchange.deposits.DepositConfirmations;
import io.relaypay.interchange.deposits.DepositKeyword;
import io.relaypay.interchange.deposits.DepositService;
import io.relaypay.interchange.deposits.DepositSource;
import io.relaypay.interchange.deposits.ItemState;
import io.relaypay.interchange.deposits.NewDeposit;
import io.relaypay.interchange.web.FormTokens;
import io.relaypay.interchange.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The deposit page, {@code /deposit}: a phone number and an amount, then the code from the text
 * message, then the plan's progress. Works without JavaScript: every form is a plain POST answered by
 * a 303 redirect or, for bad input, the form again with the reason. Uses the checkout's stylesheet.
 */
@Controller
public class DepositPageController {

    private static final String NEW_SUBJECT = "deposit:new";

    private final DepositService deposits;
    private final DepositConfirmations confirmations;
    private final FormTokens tokens;
    private final String currency;

    DepositPageController(
            DepositService deposits,
            DepositConfirmations confirmations,
            FormTokens tokens,
            DepositPageSettings settings) {
        this.deposits = deposits;
        this.confirmations = confirmations;
        this.tokens = tokens;
        this.currency = settings.currency();
    }

    /** The page's settings. */
    public record DepositPageSettings(String currency) {}

    /** The request form. */
    @GetMapping(path = "/deposit", produces = MediaType.TEXT_HTML_VALUE)
    public String form(Model model, HttpServletResponse response) {
        PageHeaders.apply(response, Set.of(), Set.of());
        return form(model, "", "", Optional.empty());
    }

    /** Plans a deposit and texts the codes; the form again with the reason when the input is bad. */
    @PostMapping(path = "/deposit", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView request(
            @RequestParam(name = "phone_number", required = false) String phone,
            @RequestParam(required = false) String amount,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            Model model) {
        tokens.check(NEW_SUBJECT, csrf);
        String typedPhone = phone == null ? "" : phone.strip().replace(" ", "");
        String typedAmount = amount == null ? "" : amount.strip();
        Optional<DepositKeyword> parsed = DepositKeyword.parse("DEPOSIT " + typedAmount, currency);
        if (parsed.isEmpty()) {
            return refused(model, typedPhone, typedAmount, "Type an amount such as 10 or 9.99.");
        }
        try {
            Deposit deposit = deposits.request(new NewDeposit(
                            typedPhone, parsed.get().amountMinor(), currency, DepositSource.WEB, Optional.empty()))
                    .deposit();
            RedirectView next = new RedirectView("/deposit/" + deposit.id(), true);
            next.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(next);
        } catch (ApiException e) {
            return refused(model, typedPhone, typedAmount, e.getMessage() + ".");
        }
    }

    /** A deposit: the code form while it waits, its progress after. */
    @GetMapping(path = "/deposit/{id}", produces = MediaType.TEXT_HTML_VALUE)
    public String status(
            @PathVariable String id,
            @RequestParam(required = false) String notice,
            Model model,
            HttpServletResponse response) {
        PageHeaders.apply(response, Set.of(), Set.of());
        DepositService.View view = deposits.view(id);
        Deposit d = view.deposit();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", d.id());
        page.put("status", d.status().wire());
        page.put("amount", Amounts.format(d.amount(), d.currency()));
        page.put("planned", Amounts.format(d.planned(), d.currency()));
        page.put("credited", Amounts.format(view.credited(), d.currency()));
        page.put("messages", view.items().size());
        page.put(
                "billed",
                view.items().stream().filter(i -> i.state() == ItemState.BILLED).count());
        page.put(
                "days", view.items().stream().mapToInt(i -> i.dayOffset()).max().orElse(0) + 1);
        page.put(
                "maskedPhone",
                "•••• " + d.phoneNumber().substring(d.phoneNumber().length() - 4));
        page.put("csrf", tokens.token("deposit:" + d.id()));
        page.put("notice", noticeText(notice));
        model.addAttribute("page", page);
        return "deposits/status";
    }

    /** A code from the confirmation message. */
    @PostMapping("/deposit/{id}/code")
    public ResponseEntity<Void> code(
            @PathVariable String id,
            @RequestParam(required = false) String code,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf) {
        tokens.check("deposit:" + id, csrf);
        String notice;
        try {
            notice = switch (confirmations.confirm(id, code == null ? "" : code)) {
                case CONFIRMED -> "confirmed";
                case WRONG_CODE -> "wrong_code";
                case TOO_MANY_WRONG_CODES -> "too_many";
            };
        } catch (ApiException e) {
            notice = "not_waiting";
        }
        return redirect("/deposit/" + id + "?notice=" + notice);
    }

    private String form(Model model, String phone, String amount, Optional<String> problem) {
        problem.ifPresent(p -> model.addAttribute("problem", p));
        model.addAttribute("phone", phone);
        model.addAttribute("amount", amount);
        model.addAttribute("currency", currency);
        model.addAttribute("csrf", tokens.token(NEW_SUBJECT));
        return "deposits/form";
    }

    private ModelAndView refused(Model model, String phone, String amount, String problem) {
        form(model, phone, amount, Optional.of(problem));
        return new ModelAndView("deposits/form", model.asMap(), HttpStatus.BAD_REQUEST);
    }

    private static String noticeText(String key) {
        if (key == null) {
            return "";
        }
        return switch (key) {
            case "confirmed" -> "Confirmed. The charges go to your phone bill as planned.";
            case "wrong_code" -> "That is not the code we sent. Try again.";
            case "too_many" -> "Too many wrong codes: this deposit was stopped.";
            case "not_waiting" -> "This deposit no longer waits for a code.";
            default -> "";
        };
    }

    private static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
