package io.relaypay.interchange.users.web;

import io.relaypay.interchange.users.PhoneNumbers;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinChanges;
import io.relaypay.interchange.web.FormTokens;
import io.relaypay.interchange.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * The small account page that sets or changes a PIN after an SMS code round trip:
 * {@code /account/pin} asks for the number and texts a code; {@code /account/pin/{challenge}} takes
 * the code and the new PIN twice. Opened from a checkout that needs a PIN, it returns there (the
 * {@code payment} parameter names the payment; no free-form return URL, so no open redirect).
 */
@Controller
@RequestMapping("/account/pin")
public class PinController {

    private static final Pattern PAYMENT_ID = Pattern.compile("pay_[0-9a-z]{1,40}");
    private static final String START_SUBJECT = "account:pin";

    private final PinChanges changes;
    private final PhoneNumbers phoneNumbers;
    private final FormTokens tokens;

    PinController(PinChanges changes, PhoneNumbers phoneNumbers, FormTokens tokens) {
        this.changes = changes;
        this.phoneNumbers = phoneNumbers;
        this.tokens = tokens;
    }

    /** The number form. */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public String start(
            @RequestParam(required = false) String payment,
            @RequestParam(required = false) String notice,
            Model model,
            HttpServletResponse response) {
        PageHeaders.apply(response, List.of(), List.of());
        model.addAttribute("payment", paymentId(payment).orElse(""));
        model.addAttribute("notice", PinNotice.ofKey(notice).orElse(null));
        model.addAttribute("csrf", tokens.token(START_SUBJECT));
        return "checkout/pin-start";
    }

    /** Texts a code to the number. */
    @PostMapping
    public ResponseEntity<Void> sendCode(
            @RequestParam(name = "phone_number", required = false) String phoneNumber,
            @RequestParam(required = false) String payment,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf) {
        tokens.check(START_SUBJECT, csrf);
        Optional<String> returnTo = paymentId(payment);
        Optional<String> phone = phoneNumbers.parse(phoneNumber);
        if (phone.isEmpty()) {
            return seeOther("/account/pin", returnTo, PinNotice.PHONE_INVALID);
        }
        return switch (changes.start(phone.get())) {
            case PinChanges.Start.Sent(String challengeId) ->
                seeOther("/account/pin/" + challengeId, returnTo, PinNotice.CODE_SENT);
            case PinChanges.Start.TooSoon(var wait) -> seeOther("/account/pin", returnTo, PinNotice.TOO_SOON);
            case PinChanges.Start.Unreachable() -> seeOther("/account/pin", returnTo, PinNotice.UNREACHABLE);
        };
    }

    /** The code and new PIN form. */
    @GetMapping(path = "/{challenge}", produces = MediaType.TEXT_HTML_VALUE)
    public String challenge(
            @PathVariable String challenge,
            @RequestParam(required = false) String payment,
            @RequestParam(required = false) String notice,
            Model model,
            HttpServletResponse response) {
        PageHeaders.apply(response, List.of(), List.of());
        Optional<PinNotice> said = PinNotice.ofKey(notice);
        model.addAttribute("challenge", challenge);
        model.addAttribute("payment", paymentId(payment).orElse(""));
        model.addAttribute("notice", said.orElse(null));
        model.addAttribute("done", said.filter(n -> n == PinNotice.DONE).isPresent());
        model.addAttribute("open", changes.open(challenge));
        model.addAttribute("csrf", tokens.token(challengeSubject(challenge)));
        return "checkout/pin-code";
    }

    /** Sets the PIN if the code is right. */
    @PostMapping("/{challenge}")
    public ResponseEntity<Void> setPin(
            @PathVariable String challenge,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String pin,
            @RequestParam(name = "pin_repeat", required = false) String pinRepeat,
            @RequestParam(required = false) String payment,
            @RequestParam(name = FormTokens.FIELD, required = false) String csrf) {
        tokens.check(challengeSubject(challenge), csrf);
        Optional<String> returnTo = paymentId(payment);
        String here = "/account/pin/" + challenge;
        char[] typed = pin == null ? new char[0] : pin.toCharArray();
        char[] repeated = pinRepeat == null ? new char[0] : pinRepeat.toCharArray();
        try {
            if (!Pin.valid(typed)) {
                return seeOther(here, returnTo, PinNotice.PIN_FORMAT);
            }
            try (Pin fresh = Pin.of(typed);
                    Pin again = Pin.valid(repeated) ? Pin.of(repeated) : null) {
                if (again == null || !fresh.sameAs(again)) {
                    return seeOther(here, returnTo, PinNotice.PIN_MISMATCH);
                }
                return switch (changes.finish(challenge, code, fresh)) {
                    case PinChanges.Finish.Done(String userId) ->
                        returnTo.isPresent()
                                ? seeOther("/checkout/" + returnTo.get(), Optional.empty(), "pin-set")
                                : seeOther(here, Optional.empty(), PinNotice.DONE);
                    case PinChanges.Finish.WrongCode(int left) -> seeOther(here, returnTo, PinNotice.CODE_WRONG);
                    case PinChanges.Finish.Spent() -> seeOther(here, returnTo, PinNotice.CODE_SPENT);
                };
            }
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    private static String challengeSubject(String challengeId) {
        return "account:pin:" + challengeId;
    }

    private static Optional<String> paymentId(String payment) {
        return Optional.ofNullable(payment).filter(p -> PAYMENT_ID.matcher(p).matches());
    }

    private static ResponseEntity<Void> seeOther(String path, Optional<String> payment, PinNotice notice) {
        return seeOther(path, payment, notice.key());
    }

    private static ResponseEntity<Void> seeOther(String path, Optional<String> payment, String notice) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(path);
        payment.ifPresent(p -> target.queryParam("payment", p));
        target.queryParam("notice", notice);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, target.build().toUriString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
