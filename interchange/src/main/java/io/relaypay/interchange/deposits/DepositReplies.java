package io.relaypay.interchange.deposits;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.messages.ReplyListener;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deposits by SMS: {@code DEPOSIT 10} to the interchange's number requests a deposit (answered with
 * the confirmation codes), and a reply with the 5-digit code confirms it. Other texts, and codes
 * from a number with no deposit waiting, are left for other listeners.
 */
public final class DepositReplies implements ReplyListener {

    private static final Logger log = LoggerFactory.getLogger(DepositReplies.class);

    private final DepositService deposits;
    private final DepositConfirmations confirmations;
    private final MessageSender sender;
    private final String defaultCurrency;

    /** Replies handed to {@code deposits}; refusals answered through {@code sender}. */
    public DepositReplies(
            DepositService deposits, DepositConfirmations confirmations, MessageSender sender, String defaultCurrency) {
        this.deposits = Objects.requireNonNull(deposits, "deposits");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    }

    @Override
    public boolean onReply(Reply reply) {
        if (DepositKeyword.isKeyword(reply.text())) {
            keyword(reply);
            return true;
        }
        return confirmations.reply(reply.from(), reply.text());
    }

    private void keyword(Reply reply) {
        Optional<DepositKeyword> parsed = DepositKeyword.parse(reply.text(), defaultCurrency);
        if (parsed.isEmpty()) {
            answer(reply.from(), "Send DEPOSIT and an amount, such as DEPOSIT 10.");
            return;
        }
        DepositKeyword keyword = parsed.get();
        try {
            deposits.request(new NewDeposit(
                    reply.from(),
                    keyword.amountMinor(),
                    keyword.currency().orElse(defaultCurrency),
                    DepositSource.SMS,
                    Optional.empty()));
        } catch (ApiException e) {
            log.info("sms deposit refused: {}", e.getMessage());
            answer(reply.from(), e.getMessage() + ".");
        }
    }

    private void answer(String to, String reason) {
        try {
            sender.send(
                    new PhoneMessage(to, DepositTexts.refused(reason), PhoneMessage.Purpose.NOTICE, "deposit-keyword"));
        } catch (MessageSender.NoRouteException e) {
            log.warn("no route to answer a deposit keyword");
        }
    }
}
