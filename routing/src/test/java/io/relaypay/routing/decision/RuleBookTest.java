package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final RuleSet LENIENT = new RuleSet("lenient", List.of());

    /** Ten caps that all deny a 10.00 payment: a half-swapped rule set would show fewer than ten. */
    private static final RuleSet STRICT = new RuleSet("strict", strictCaps());

    private static List<Rule> strictCaps() {
        List<Rule> caps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            caps.add(new UserLimitRule(
                    "cap-" + i, Scope.GLOBAL, Scope.ANY, new Limits("EUR", 500, Limits.NO_CAP, Limits.NO_CAP)));
        }
        return caps;
    }

    @Test
    void reloadedRulesDecideTheNextRequest() {
        RuleBook book = new RuleBook(LENIENT);
        assertThat(book.decide(request().build(), context().build()).allowed()).isTrue();

        book.reload(
                "version = 2\nrule.cap.type = user-limit\nrule.cap.currency = EUR\nrule.cap.per-transaction = 500\n");

        Decision decision = book.decide(request().build(), context().build());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.ruleSetVersion()).isEqualTo("2");
    }

    @Test
    void invalidRuleTextLeavesTheRulesInForce() {
        RuleBook book = new RuleBook(STRICT);

        assertThatThrownBy(() -> book.reload("version = 3\nrule.x.type = nonsense\n"))
                .isInstanceOf(RuleSetException.class);

        assertThat(book.current()).isSameAs(STRICT);
    }

    @Test
    void everyDecisionSeesOneWholeRuleSetWhileRulesAreSwapped() throws Exception {
        RuleBook book = new RuleBook(LENIENT);
        AtomicBoolean swapping = new AtomicBoolean(true);
        PaymentRequest payment = request().build();
        DecisionContext snapshot = context().build();
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            Future<?> swapper = threads.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    book.replace(i % 2 == 0 ? STRICT : LENIENT);
                }
                swapping.set(false);
            });
            List<Future<List<Decision>>> deciders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                deciders.add(threads.submit(() -> {
                    List<Decision> mixed = new ArrayList<>();
                    while (swapping.get()) {
                        Decision decision = book.decide(payment, snapshot);
                        int expected = decision.ruleSetVersion().equals("strict") ? 10 : 0;
                        if (decision.firedRules().size() != expected) {
                            mixed.add(decision);
                        }
                    }
                    return mixed;
                }));
            }
            swapper.get();
            for (Future<List<Decision>> decider : deciders) {
                assertThat(decider.get()).as("decisions mixing two rule sets").isEmpty();
            }
        }
    }
}
