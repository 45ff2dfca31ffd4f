package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.funds.FeeSchedule;
import io.relaypay.interchange.funds.FundingMethod;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.PaymentSettlement;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.settlement.CarrierCredits;
import io.relaypay.interchange.settlement.CarrierShares;
import io.relaypay.interchange.settlement.FeeCollectingFunding;
import io.relaypay.interchange.settlement.LedgerMovements;
import io.relaypay.interchange.settlement.MerchantFees;
import io.relaypay.interchange.settlement.MethodFeeStore;
import io.relaypay.interchange.settlement.PayoutRuns;
import io.relaypay.interchange.settlement.PayoutScheduler;
import io.relaypay.interchange.settlement.PayoutStore;
import io.relaypay.interchange.settlement.Promotions;
import io.relaypay.interchange.settlement.Remittances;
import io.relaypay.interchange.settlement.StatementReferences;
import io.relaypay.interchange.settlement.Statements;
import io.relaypay.interchange.settlement.UserFeeCollector;
import io.relaypay.interchange.settlement.UserFees;
import io.relaypay.interchange.settlement.internal.HttpRemittanceSource;
import io.relaypay.interchange.settlement.internal.JdbcMethodFeeStore;
import io.relaypay.interchange.settlement.internal.JdbcPayoutStore;
import io.relaypay.interchange.settlement.internal.JdbcRemittanceStore;
import io.relaypay.interchange.settlement.internal.JdbcStatementObjects;
import io.relaypay.interchange.settlement.internal.JdbcUserFeeStore;
import io.relaypay.ledger.domain.Ledger;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * Wires settlement: carrier shares, promotions, user and merchant fee policies, statements, payout
 * runs, carrier remittances, and the scheduled pass that runs payouts and finishes stuck work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettlementProperties.class)
class SettlementConfig {

    private static final Logger log = LoggerFactory.getLogger(SettlementConfig.class);

    @Bean
    CarrierShares carrierShares(FundsProperties funds, SettlementProperties settlement) {
        Map<String, CarrierShares.Terms> terms = new LinkedHashMap<>();
        funds.carriers()
                .forEach((name, carrier) -> terms.put(
                        name,
                        new CarrierShares.Terms(
                                carrier.shareBasisPoints(),
                                settlement.carrierPricePoints().getOrDefault(name, Map.of()))));
        return new CarrierShares(terms);
    }

    @Bean
    Promotions promotions(SettlementProperties settlement) {
        return new Promotions(settlement.promotions().stream()
                .map(p -> new Promotions.Rule(p.name(), p.minimumAmount(), p.bonusBasisPoints(), p.bonusFixed()))
                .toList());
    }

    @Bean
    UserFees userFees(SettlementProperties settlement) {
        return new UserFees(terms(settlement.userFees()), settlement.userFeesDeferred());
    }

    @Bean
    MethodFeeStore methodFeeStore(JdbcClient jdbc) {
        return new JdbcMethodFeeStore(jdbc);
    }

    @Bean
    MerchantFees merchantFees(MethodFeeStore store) {
        return new MerchantFees(store);
    }

    /** Per-method merchant fees and per-price-point carrier shares, for payment settlement. */
    @Bean
    FeeSchedule feeSchedule(MerchantFees merchantFees, CarrierShares carrierShares) {
        return new FeeSchedule() {
            @Override
            public long merchantFee(Merchant merchant, FundingMethod method, long amount) {
                return merchantFees.feeFor(merchant, method.wire(), amount);
            }

            @Override
            public long carrierShare(Carriers.Carrier carrier, long amount) {
                return carrierShares.of(carrier.name()).isPresent()
                        ? carrierShares.shareOf(carrier.name(), amount)
                        : carrier.shareOf(amount);
            }
        };
    }

    @Bean
    UserFeeCollector userFeeCollector(
            UserFees fees,
            JdbcClient jdbc,
            Transactions transactions,
            Ledger ledger,
            LedgerAccounts accounts,
            Clock clock) {
        return new UserFeeCollector(fees, new JdbcUserFeeStore(jdbc, transactions), ledger, accounts, clock);
    }

    @Bean
    CarrierCredits carrierCredits(
            Ledger ledger,
            LedgerAccounts accounts,
            CarrierShares shares,
            Promotions promotions,
            UserFeeCollector userFees) {
        return new CarrierCredits(ledger, accounts, shares, promotions, userFees);
    }

    /**
     * Collects user fees after each payment that payment settlement pays, by wrapping the settlement bean
     * rather than editing it: funds stays unaware of user fees while funding methods are reworked.
     * Scripted fundings that tests register are left alone (only {@link PaymentSettlement}).
     */
    @Bean
    static BeanPostProcessor userFeeCollection(ObjectProvider<UserFeeCollector> collector) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PaymentSettlement settlement
                        ? new FeeCollectingFunding(settlement, collector.getObject())
                        : bean;
            }
        };
    }

    @Bean
    LedgerMovements ledgerMovements(Ledger ledger) {
        return new LedgerMovements(ledger);
    }

    @Bean
    Statements statements(LedgerAccounts accounts, LedgerMovements movements, JdbcClient jdbc) {
        return new Statements(accounts, movements, new StatementReferences(new JdbcStatementObjects(jdbc)));
    }

    @Bean
    PayoutStore payoutStore(JdbcClient jdbc, SecretBox secrets) {
        return new JdbcPayoutStore(jdbc, secrets);
    }

    @Bean
    PayoutRuns payoutRuns(
            PayoutStore store,
            Ledger ledger,
            LedgerAccounts accounts,
            LedgerMovements movements,
            MerchantEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock) {
        return new PayoutRuns(store, ledger, accounts, movements, events, transactions, ids, clock);
    }

    @Bean
    Remittances remittances(
            JdbcClient jdbc,
            Transactions transactions,
            Ledger ledger,
            LedgerAccounts accounts,
            Ids ids,
            Clock clock,
            SettlementProperties settlement) {
        return new Remittances(
                new JdbcRemittanceStore(jdbc, transactions),
                new HttpRemittanceSource(URI.create(settlement.remittanceUrl()), settlement.remittanceTimeout()),
                ledger,
                accounts,
                ids,
                clock);
    }

    @Bean
    PayoutScheduler payoutScheduler(PayoutRuns runs, Clock clock, SettlementProperties settlement) {
        return new PayoutScheduler(
                runs, clock, settlement.payoutPeriod(), settlement.stuckAfter(), settlement.janitorBatch());
    }

    @Bean
    SchedulingConfigurer payoutSchedule(
            PayoutScheduler scheduler,
            Remittances remittances,
            UserFeeCollector userFees,
            Clock clock,
            SettlementProperties settlement) {
        Runnable pass = () -> {
            try {
                java.time.Instant stuck = clock.instant().minus(settlement.stuckAfter());
                remittances.bookStuck(stuck, settlement.janitorBatch());
                userFees.finishUnfinished(stuck, settlement.janitorBatch());
                scheduler.tick();
            } catch (RuntimeException e) {
                log.error("payout pass failed", e);
            }
        };
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(pass, settlement.schedulerInterval(), settlement.schedulerInterval()));
    }

    private static Map<String, FeeTerms> terms(Map<String, SettlementProperties.Fee> fees) {
        return fees.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> new FeeTerms(
                                e.getValue().basisPoints(), e.getValue().fixed())));
    }
}
