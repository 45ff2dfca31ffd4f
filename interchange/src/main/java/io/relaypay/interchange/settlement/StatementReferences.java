package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.LedgerIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the payment, refund, payout or remittance behind each ledger transfer of a statement. The
 * transfer ids are derived from those objects' ids and a step ({@link LedgerIds}), so the link is
 * recomputed from the objects rather than stored twice.
 */
public final class StatementReferences {

    /** Where the objects' ids come from. */
    public interface Objects {
        /** The merchant's payment, refund and payout ids in a mode. */
        Owned ofMerchant(String merchantId, boolean livemode);

        /** The payments billed through the carrier and its remittances, in a mode. */
        Owned ofCarrier(String carrier, boolean livemode);
    }

    /**
     * Ids of objects that have ledger transfers.
     *
     * @param payments {@code pay_…}
     * @param refunds {@code re_…}
     * @param payouts {@code po_…}
     * @param remittances {@code rem_…}
     */
    public record Owned(List<String> payments, List<String> refunds, List<String> payouts, List<String> remittances) {}

    private final Objects objects;

    /** References from {@code objects}. */
    public StatementReferences(Objects objects) {
        this.objects = java.util.Objects.requireNonNull(objects, "objects");
    }

    /** Transfer id → object id for a merchant's balance. */
    public Map<String, String> ofMerchant(String merchantId, boolean livemode) {
        return index(objects.ofMerchant(merchantId, livemode));
    }

    /** Transfer id → object id for a carrier's receivable. */
    public Map<String, String> ofCarrier(String carrier, boolean livemode) {
        return index(objects.ofCarrier(carrier, livemode));
    }

    private static Map<String, String> index(Owned owned) {
        Map<String, String> byTransfer = new HashMap<>();
        for (String payment : owned.payments()) {
            for (String step : List.of("post", "fee", "carrier-charge", "carrier-share")) {
                byTransfer.put(LedgerIds.transfer(payment, step).toString(), payment);
            }
        }
        owned.refunds()
                .forEach(r -> byTransfer.put(LedgerIds.transfer(r, "refund").toString(), r));
        owned.payouts().forEach(p -> byTransfer.put(PayoutRuns.transferId(p).toString(), p));
        owned.remittances()
                .forEach(r -> byTransfer.put(LedgerIds.transfer(r, "remittance").toString(), r));
        return byTransfer;
    }
}
