package io.relaypay.interchange.checkout.web;

import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.checkout.Confirming;
import io.relaypay.interchange.checkout.Notice;
import io.relaypay.interchange.checkout.Step;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.web.FormTokens;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The hosted checkout page and its forms. Works without JavaScript: every form is a plain POST
 * answered by a 303 redirect, back to the page (with a notice key) or on to the merchant. Every
 * POST must carry the page's form token.
 */
@Controller
@RequestMapping("/checkout/{id}")
public class CheckoutController {

    private final CheckoutService checkout;
    private final Confirming confirming;
    private final CheckoutPages pages;
    private final FormTokens tokens;

    CheckoutController(CheckoutService checkout, Confirming confirming, CheckoutPages pages, FormTokens tokens) {
        this.checkout = checkout;
        this.confirming = confirming;
        this.pages = pages;
        this.tokens = tokens;
    }

    /** The page: what is bought, from whom, and the step the buyer is at. */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public String page(
            @PathVariable String id,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String notice,
            Model model,
            HttpServletResponse response) {
        Payment payment = checkout.current(id);
        Mode shown = Mode.of(mode);
        CheckoutPages.headers(response, payment, shown);
        model.addAttribute(
                "page", pages.page(payment, shown, Optional.ofNullable(notice).flatMap(Notice::ofKey)));
        return "checkout/page";
    }

    /** The buyer's phone number. */
    @PostMapping("/phone")
    public ResponseEntity<Void> phone(
            @PathVariable String id,
            @RequestParam(name = "phone_number", required = false) String phoneNumber,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            @RequestParam(required = false) String mode) {
        tokens.check(CheckoutPages.tokenSubject(id), csrf);
        return after(checkout.submitPhone(id, phoneNumber), Mode.of(mode));
    }

    /** A code from the confirmation message. */
    @PostMapping("/code")
    public ResponseEntity<Void> code(
            @PathVariable String id,
            @RequestParam(required = false) String code,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            @RequestParam(required = false) String mode) {
        tokens.check(CheckoutPages.tokenSubject(id), csrf);
        return after(confirming.enterCode(id, code), Mode.of(mode));
    }

    /** The buyer's PIN. */
    @PostMapping("/pin")
    public ResponseEntity<Void> pin(
            @PathVariable String id,
            @RequestParam(required = false) String pin,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            @RequestParam(required = false) String mode) {
        tokens.check(CheckoutPages.tokenSubject(id), csrf);
        char[] typed = pin == null ? new char[0] : pin.toCharArray();
        try {
            return after(confirming.enterPin(id, typed), Mode.of(mode));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** A new confirmation message. */
    @PostMapping("/resend")
    public ResponseEntity<Void> resend(
            @PathVariable String id,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            @RequestParam(required = false) String mode) {
        tokens.check(CheckoutPages.tokenSubject(id), csrf);
        return after(checkout.resend(id), Mode.of(mode));
    }

    /** The buyer cancels. */
    @PostMapping("/cancel")
    public ResponseEntity<Void> cancel(
            @PathVariable String id,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf,
            @RequestParam(required = false) String mode) {
        tokens.check(CheckoutPages.tokenSubject(id), csrf);
        return after(checkout.cancel(id), Mode.of(mode));
    }

    private static ResponseEntity<Void> after(Step step, Mode mode) {
        Payment payment = step.payment();
        boolean leaves = payment.status() == PaymentStatus.SUCCEEDED || payment.status() == PaymentStatus.CANCELED;
        Optional<URI> merchant = mode == Mode.PAGE && leaves ? CheckoutPages.nextUrl(payment) : Optional.empty();
        URI target = merchant.orElseGet(() -> {
            UriComponentsBuilder page = UriComponentsBuilder.fromPath("/checkout/{id}");
            if (mode != Mode.PAGE) {
                page.queryParam("mode", mode.key());
            }
            step.notice().ifPresent(n -> page.queryParam("notice", n.key()));
            return page.buildAndExpand(payment.id()).toUri();
        });
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, target.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
