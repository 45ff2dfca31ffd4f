package io.relaypay.interchange.config;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.confirmations.ConfirmationCodes;
import io.relaypay.interchange.funding.DepositJanitor;
import io.relaypay.interchange.funding.DepositRefunds;
import io.relaypay.interchange.funding.DepositReplies;
import io.relaypay.interchange.funding.DepositStore;
import io.relaypay.interchange.funding.Deposits;
import io.relaypay.interchange.funding.FundingBookings;
import io.relaypay.interchange.funding.FundingFees;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.funding.FundingSources;
import io.relaypay.interchange.funding.LinkedInstruments;
import io.relaypay.interchange.funding.OperatorBillingFunding;
import io.relaypay.interchange.funding.PaymentRefundForwarding;
import io.relaypay.interchange.funding.PhoneBillRefundStore;
import io.relaypay.interchange.funding.internal.HttpBankFunding;
import io.relaypay.interchange.funding.internal.HttpCardFunding;
import io.relaypay.interchange.funding.internal.HttpStoredValueFunding;
import io.relaypay.interchange.funding.internal.JdbcDepositRefundStore;
import io.relaypay.interchange.funding.internal.JdbcDepositStore;
import io.relaypay.interchange.funding.internal.JdbcPhoneBillRefundStore;
import io.relaypay.interchange.funding.internal.ProcessorCardVault;
import io.relaypay.interchange.funding.internal.ProcessorHttp;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.funds.LedgerAccounts;
import io.relaypay.interchange.funds.OperatorBilling;
import io.relaypay.interchange.funds.internal.JdbcFundingStore;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.refunds.RefundForwarding;
import io.relaypay.interchange.settlement.CarrierCredits;
import io.relaypay.interchange.settlement.CarrierShares;
import io.relaypay.interchange.users.CardVault;
import io.relaypay.interchange.users.UserService;
import io.relaypay.interchange.users.internal.JdbcLinkedAccountStore;
import io.relaypay.ledger.domain.Ledger;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * Wires deposits from outside: the processor client, one funding source per kind, the ledger
 * bookings, the deposit service and its janitor, and the processor's card vault.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundingProperties.class)
class FundingConfig {

    private static final Logger log = LoggerFactory.getLogger(FundingConfig.class);

    @Bean
    ProcessorHttp processorHttp(FundingProperties properties) {
        return new ProcessorHttp(
                URI.create(properties.processorUrl()), properties.processorKey(), properties.processorTimeout());
    }

    /** Replaces the opaque stand-in: linked cards get the processor's token. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = "relaypay.funding.card-vault", havingValue = "processor", matchIfMissing = true)
    CardVault processorCardVault(ProcessorHttp processor) {
        return new ProcessorCardVault(processor);
    }

    @Bean
    FundingSources fundingSources(ProcessorHttp processor, OperatorBilling billing) {
        return new FundingSources(List.of(
                new HttpCardFunding(processor),
                new HttpBankFunding(processor),
                new HttpStoredValueFunding(processor),
                new OperatorBillingFunding(billing, "Relaypay")));
    }

    @Bean
    FundingBookings fundingBookings(
            Ledger ledger,
            LedgerAccounts accounts,
            CarrierShares shares,
            CarrierCredits carrierCredits,
            FundingProperties properties) {
        Map<FundingKind, FundingFees.Rate> rates = new EnumMap<>(FundingKind.class);
        properties.fees().forEach((name, fee) -> {
            FundingKind kind = FundingKind.ofWire(name.replace('-', '_'))
                    .orElseThrow(() -> new IllegalArgumentException("relaypay.funding.fees: unknown kind " + name));
            rates.put(kind, new FundingFees.Rate(fee.basisPoints(), fee.fixed()));
        });
        return new FundingBookings(ledger, accounts, new FundingFees(rates, shares), carrierCredits);
    }

    @Bean
    RefundForwarding refundForwarding(
            JdbcClient jdbc,
            DataSource dataSource,
            FundingSources sources,
            FundingBookings bookings,
            UserService users,
            PhoneBillRefundStore phoneBillRefunds,
            Clock clock) {
        return new PaymentRefundForwarding(
                new JdbcFundingStore(jdbc, postgres(dataSource)), sources, bookings, users, phoneBillRefunds, clock);
    }

    @Bean
    PhoneBillRefundStore phoneBillRefunds(DataSource dataSource) {
        return new JdbcPhoneBillRefundStore(dataSource);
    }

    @Bean
    DepositStore fundingDepositStore(DataSource dataSource) {
        return new JdbcDepositStore(dataSource);
    }

    @Bean
    Deposits deposits(
            DepositStore store,
            UserService users,
            JdbcClient jdbc,
            SecretBox secrets,
            Carriers carriers,
            FundingSources sources,
            FundingBookings bookings,
            MessageSender sender,
            Ids ids,
            Clock clock) {
        return new Deposits(
                store,
                users,
                new LinkedInstruments(new JdbcLinkedAccountStore(jdbc), secrets, carriers),
                sources,
                bookings,
                sender,
                new ConfirmationCodes(),
                ids,
                clock);
    }

    @Bean
    DepositReplies fundingDepositReplies(Deposits deposits) {
        return new DepositReplies(deposits);
    }

    @Bean
    DepositRefunds depositRefunds(
            DepositStore store,
            DataSource dataSource,
            Deposits deposits,
            FundingSources sources,
            FundingBookings bookings,
            Transactions transactions,
            PhoneBillRefundStore phoneBillRefunds,
            Ids ids,
            Clock clock) {
        return new DepositRefunds(
                store,
                new JdbcDepositRefundStore(dataSource),
                deposits,
                sources,
                bookings,
                transactions,
                phoneBillRefunds,
                ids,
                clock);
    }

    @Bean
    DepositJanitor fundingDepositJanitor(
            DepositStore store, Deposits deposits, DepositRefunds refunds, Clock clock, FundingProperties properties) {
        return new DepositJanitor(
                store,
                deposits,
                refunds,
                clock,
                properties.retryAfter(),
                properties.confirmationTtl(),
                properties.janitorBatch());
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    @Bean
    SchedulingConfigurer fundingDepositJanitorSchedule(DepositJanitor janitor, FundingProperties properties) {
        Runnable pass = () -> {
            try {
                janitor.tick();
            } catch (RuntimeException e) {
                log.error("deposit janitor pass failed", e);
            }
        };
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(pass, properties.janitorInterval(), properties.janitorInterval()));
    }
}
