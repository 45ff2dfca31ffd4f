package io.relaypay.agent.payment;

import io.relaypay.agent.device.Device;
import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.http.AgentProblem;
import io.relaypay.agent.http.Refusal;
import io.relaypay.agent.interchange.InterchangeClient;
import io.relaypay.agent.interchange.InterchangeProblem;
import io.relaypay.agent.interchange.PaymentAnswer;
import io.relaypay.agent.prompt.PaymentSummary;
import io.relaypay.agent.prompt.PinDecision;
import io.relaypay.agent.prompt.PromptDesk;
import io.relaypay.agent.token.NonceLedger;
import io.relaypay.agent.token.TokenChecker;
import io.relaypay.sdk.json.JsonObject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One payment: check the token and that the caller may use it, claim its nonce, ask the user in the
 * agent's own prompt, seal the PIN to the interchange's key, send the device-signed request, and
 * hand back the interchange's receipt unchanged. The PIN lives in a {@code char[]} that is zeroed
 * as soon as it is sealed, and is never logged.
 */
public final class PaymentFlow {

    private static final Logger log = Logger.getLogger(PaymentFlow.class.getName());

    private final TokenChecker tokens;
    private final NonceLedger nonces;
    private final PromptDesk desk;
    private final DeviceStore devices;
    private final InterchangeClient interchange;
    private final PinSealer sealer;

    /** Pays with these parts. */
    public PaymentFlow(
            TokenChecker tokens,
            NonceLedger nonces,
            PromptDesk desk,
            DeviceStore devices,
            InterchangeClient interchange,
            PinSealer sealer) {
        this.tokens = tokens;
        this.nonces = nonces;
        this.desk = desk;
        this.devices = devices;
        this.interchange = interchange;
        this.sealer = sealer;
    }

    /**
     * Pays with {@code compactToken} for {@code caller}; blocks while the prompt is open.
     *
     * @throws Refusal for a bad token, a caller the token is not for, a replay, a busy prompt, or
     *     the interchange's own problem
     */
    public PaymentResult pay(String compactToken, Caller caller) {
        TokenChecker.Checked checked = tokens.check(compactToken);
        var token = checked.token();
        if (caller instanceof Caller.Page page
                && (!page.merchant().equals(token.merchant())
                        || !page.kid().equals(token.kid())
                        || !page.origin().equals(token.origin())
                        || !checked.key().allowedOrigins().contains(page.origin()))) {
            throw Refusal.of(AgentProblem.FORBIDDEN);
        }
        Device device = devices.load()
                .orElseThrow(() -> Refusal.of(
                        AgentProblem.NOT_ENROLLED, "this agent is not enrolled: run `relaypay agent enroll`"));
        if (!nonces.claim(token.nonce(), token.expiresAt())) {
            throw Refusal.of(AgentProblem.PAYMENT_TOKEN_REPLAYED, "this payment token was used already");
        }
        PaymentSummary summary = new PaymentSummary(
                checked.key().merchantName(),
                token.amount(),
                token.currency(),
                token.reference(),
                token.description(),
                caller.label());
        Optional<PinDecision> asked = desk.askPin(summary);
        if (asked.isEmpty()) {
            nonces.release(token.nonce());
            throw Refusal.of(AgentProblem.PROMPT_BUSY, "another Relaypay prompt is open");
        }
        if (!(asked.get() instanceof PinDecision.Approved(char[] pin))) {
            log.info(() -> "payment canceled merchant=" + token.merchant() + " reference=" + token.reference());
            return PaymentResult.canceled();
        }
        JsonObject sealed;
        try {
            sealed = sealer.seal(pin, interchange.serverKey());
        } catch (InterchangeProblem e) {
            throw relayed(e);
        } finally {
            Arrays.fill(pin, '\0');
        }
        try {
            PaymentAnswer answer = interchange.pay(device, token.compact(), sealed);
            log.info(() ->
                    "payment=" + answer.payment() + " status=" + answer.status() + " merchant=" + token.merchant());
            return new PaymentResult(answer.status(), Optional.of(answer.payment()), Optional.of(answer.receipt()));
        } catch (InterchangeProblem e) {
            log.info(() -> "payment refused merchant=" + token.merchant() + " problem=" + e.type());
            throw relayed(e);
        }
    }

    private static Refusal relayed(InterchangeProblem e) {
        if (e.status() >= 500 || e.status() < 400) {
            return Refusal.of(AgentProblem.INTERCHANGE_UNAVAILABLE, "the interchange could not complete the payment");
        }
        return Refusal.relayed(e.type(), e.status(), e.title(), e.detail());
    }
}
