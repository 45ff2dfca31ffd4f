package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operators' view of payments: any merchant's payment with what was decided and sent about it,
 * and a buyer's payments across merchants.
 */
public final class PaymentLookups {

    /** Most payments on one page. */
    public static final int MAX_PAGE = 100;

    private static final Pattern PAYMENT_ID = Pattern.compile("pay_[0-9a-z]{1,40}");
    private final PaymentService payments;
    private final DecisionLog decisions;
    private final BuyerPayments buyers;

    /** Lookups over these sources. */
    public PaymentLookups(PaymentService payments, DecisionLog decisions, BuyerPayments buyers) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.buyers = Objects.requireNonNull(buyers, "buyers");
    }

    /**
     * A payment with its trail.
     *
     * @param payment the payment
     * @param decisions the decisions taken on it, newest first (none before the buyer's number)
     * @param messages the messages sent about it, oldest first
     */
    public record Details(
            Payment payment, List<DecisionLog.StoredDecision> decisions, List<BuyerPayments.SentMessage> messages) {
        /** Requires every part. */
        public Details {
            Objects.requireNonNull(payment, "payment");
            decisions = List.copyOf(decisions);
            messages = List.copyOf(messages);
        }
    }

    /**
     * A page of a buyer's payments.
     *
     * @param payments newest first
     * @param hasMore whether older ones follow
     */
    public record Page(List<Payment> payments, boolean hasMore) {
        /** Copies the list. */
        public Page {
            payments = List.copyOf(payments);
        }
    }

    /** Any merchant's payment, or not-found. */
    public Details details(String paymentId) {
        Payment payment = (PAYMENT_ID.matcher(paymentId).matches()
                        ? payments.find(paymentId)
                        : Optional.<Payment>empty())
                .orElseThrow(() -> ApiException.notFound("payment", paymentId));
        return new Details(payment, decisions.forPayment(paymentId), buyers.messages(paymentId));
    }

    /** The payments of the buyer at {@code phone} (E.164) in every merchant and mode, newest first. */
    public Page ofBuyer(String phone, Optional<String> startingAfter, int limit) {
        PhoneNumbers.requireE164(phone);
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiException.invalid("limit", "limit must be 1 to " + MAX_PAGE);
        }
        if (startingAfter.filter(id -> !PAYMENT_ID.matcher(id).matches()).isPresent()) {
            throw ApiException.invalid("starting_after", "starting_after is a payment id");
        }
        List<String> ids = buyers.paymentIds(phone, startingAfter, limit + 1);
        List<Payment> page = ids.stream()
                .limit(limit)
                .map(payments::find)
                .flatMap(Optional::stream)
                .toList();
        return new Page(page, ids.size() > limit);
    }
}
