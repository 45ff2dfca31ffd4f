package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.ledger.domain.TransferRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ledger contract, part: Reading back: an account's transfers newest first, in pages; unknown ids. */
abstract class HistorySpec extends LedgerSpec {

    @Test
    void transfersOfAnAccountComeNewestFirstInPages() {
        List<TransferId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Transfer t = move(carrier, wallet, i + 1).build();
            ledger.createTransfer(t);
            ids.add(t.id());
        }
        Transfer unrelated = move(carrier, merchant, 7).build();
        ledger.createTransfer(unrelated);
        Transfer outgoing = move(wallet, merchant, 3).build();
        ledger.createTransfer(outgoing);
        ids.add(outgoing.id());

        TransferPage first = ledger.transfersOf(wallet, Long.MAX_VALUE, 4);
        assertThat(first.transfers())
                .extracting(TransferRecord::id)
                .containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2));
        TransferPage second = ledger.transfersOf(wallet, first.nextBefore().orElseThrow(), 4);
        assertThat(second.transfers()).extracting(TransferRecord::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(second.nextBefore()).isEmpty();
    }

    @Test
    void exactlyFullLastPageHasNoNextPage() {
        ledger.createTransfer(move(carrier, wallet, 1).build());
        ledger.createTransfer(move(carrier, wallet, 2).build());
        TransferPage page = ledger.transfersOf(wallet, Long.MAX_VALUE, 2);
        assertThat(page.transfers()).hasSize(2);
        assertThat(page.nextBefore()).isEmpty();
    }

    @Test
    void unknownTransferIsEmpty() {
        assertThat(ledger.transfer(TransferId.timeOrdered())).isEmpty();
    }
}
