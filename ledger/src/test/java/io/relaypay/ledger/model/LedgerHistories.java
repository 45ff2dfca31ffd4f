package io.relaypay.ledger.model;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of ledger histories. Amounts of holds (4 and up) never equal the explicit partial
 * amounts of posts (1 to 3), so two post requests are the same request exactly when their specs are
 * equal, which keeps the reference model's idempotency rule simple.
 */
final class LedgerHistories {

    private static final int TRANSFER_IDS = 12;
    // Holds take ids 1..6 and posts and voids 7..12, and posts name ids 1..8: most of them find a
    // hold, some a plain transfer or themselves.
    private static final int HOLD_IDS = 6;

    private LedgerHistories() {}

    /**
     * Histories open by creating every account (so transfers mostly find their accounts), then mix
     * further account requests, batches, replays of earlier batches and clock moves.
     */
    static Arbitrary<List<Op>> histories() {
        Arbitrary<List<Op>> opening = createAccount().list().ofSize(LedgerModelCheck.ACCOUNT_IDS);
        Arbitrary<List<Op>> rest = Arbitraries.frequencyOf(
                        Tuple.of(1, createAccount()),
                        Tuple.of(7, submit()),
                        Tuple.of(1, resubmit()),
                        Tuple.of(1, advance()),
                        Tuple.of(1, Arbitraries.just(new Op.RunJanitor())))
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
        return Combinators.combine(opening, rest).as((first, then) -> {
            List<Op> history = new ArrayList<>();
            for (int i = 0; i < first.size(); i++) {
                Op.CreateAccount create = (Op.CreateAccount) first.get(i);
                history.add(new Op.CreateAccount(i + 1, create.currency(), create.debitsCapped()));
            }
            history.addAll(then);
            return history;
        });
    }

    private static Arbitrary<Op> resubmit() {
        return Arbitraries.integers().between(0, 1_000).map(Op.Resubmit::new);
    }

    private static Arbitrary<Op> createAccount() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, LedgerModelCheck.ACCOUNT_IDS),
                        currency(),
                        Arbitraries.integers().between(0, 9).map(n -> n < 3))
                .as(Op.CreateAccount::new);
    }

    private static Arbitrary<Op> advance() {
        return Arbitraries.integers().between(1, 40).map(Op.AdvanceClock::new);
    }

    /** Batches of one to four; a chain is left open at the end of a batch only now and then. */
    private static Arbitrary<Op> submit() {
        return Combinators.combine(
                        transfer().list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(0, 9))
                .as((batch, dice) -> {
                    List<Op.TransferSpec> specs = new ArrayList<>(batch);
                    Op.TransferSpec last = specs.getLast();
                    if (last.linked() && dice > 0) {
                        specs.set(specs.size() - 1, last.unlinked());
                    }
                    return new Op.Submit(specs);
                });
    }

    private static Arbitrary<String> currency() {
        return Arbitraries.frequency(Tuple.of(19, "EUR"), Tuple.of(1, "USD"));
    }

    private static Arbitrary<Op.TransferSpec> transfer() {
        return Arbitraries.frequency(
                        Tuple.of(40, Op.Kind.SINGLE),
                        Tuple.of(25, Op.Kind.PENDING),
                        Tuple.of(15, Op.Kind.POST),
                        Tuple.of(10, Op.Kind.VOID),
                        Tuple.of(2, Op.Kind.BAD_FLAGS))
                .flatMap(kind -> Combinators.combine(
                                transferId(kind),
                                Arbitraries.integers().between(1, LedgerModelCheck.ACCOUNT_IDS),
                                Arbitraries.integers().between(1, LedgerModelCheck.ACCOUNT_IDS),
                                amount(kind),
                                currency(),
                                Arbitraries.integers().between(1, HOLD_IDS + 2),
                                Arbitraries.of(0, 5, 30),
                                Arbitraries.integers().between(0, 19).map(n -> n < 3))
                        .as((id, debit, credit, amount, currency, pendingRef, timeout, linked) ->
                                spec(kind, id, debit, credit, amount, currency, pendingRef, timeout, linked)));
    }

    private static Op.TransferSpec spec(
            Op.Kind kind,
            int id,
            int debit,
            int credit,
            long amount,
            String currency,
            int pendingRef,
            int timeout,
            boolean linked) {
        boolean resolves = kind == Op.Kind.POST || kind == Op.Kind.VOID;
        return new Op.TransferSpec(
                kind,
                id,
                resolves ? 0 : debit,
                resolves ? 0 : credit,
                amount,
                currency,
                kind == Op.Kind.SINGLE || kind == Op.Kind.PENDING ? 0 : pendingRef,
                kind == Op.Kind.PENDING ? timeout : 0,
                linked);
    }

    private static Arbitrary<Integer> transferId(Op.Kind kind) {
        return switch (kind) {
            case PENDING -> Arbitraries.integers().between(1, HOLD_IDS);
            case POST, VOID -> Arbitraries.integers().between(HOLD_IDS + 1, TRANSFER_IDS);
            default -> Arbitraries.integers().between(1, TRANSFER_IDS);
        };
    }

    private static Arbitrary<Long> amount(Op.Kind kind) {
        return switch (kind) {
            case POST -> Arbitraries.of(Op.FULL, 1L, 2L, 3L, 2_000L);
            case VOID -> Arbitraries.just(0L);
            default ->
                Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0L)),
                        Tuple.of(20, Arbitraries.longs().between(4, 1_000)));
        };
    }
}
