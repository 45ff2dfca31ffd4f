package io.relaypay.interchange.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code relaypay.deposits.*}: deposits by premium SMS (docs/deposits.md), each key declared once
 * with its default. Price points come from {@code relaypay.routing.carriers.<name>.price-points},
 * carrier shares from {@code relaypay.funds.carriers.<name>.share-basis-points}.
 *
 * @param days how many days one deposit's plan may span
 * @param perDayCount most premium messages to one phone on one plan day
 * @param perDayAmount most minor units billed to one phone on one plan day
 * @param perMonthCount most premium messages in one deposit's plan
 * @param perMonthAmount most minor units one deposit's plan may bill
 * @param zone the zone whose midnight starts a plan day
 * @param confirmationValidity how long the confirmation codes are valid; unconfirmed deposits expire then
 * @param maxConfirmAttempts wrong codes after which the deposit fails
 * @param defaultCurrency the currency of {@code DEPOSIT 10} when the text names none
 * @param livemode whether deposits book live money; false books test-mode balances, as the demo
 * @param janitorInterval pause between janitor passes (sending due messages, following receipts)
 * @param janitorBatch plan items of each kind per janitor pass
 * @param premiumShortCodes the premium short codes an MO to which credits its sender what the
 *     carrier billed (the price the carrier reports with the MO)
 */
@ConfigurationProperties("relaypay.deposits")
public record DepositProperties(
        @DefaultValue("30") int days,
        @DefaultValue("5") long perDayCount,
        @DefaultValue("1000") long perDayAmount,
        @DefaultValue("60") long perMonthCount,
        @DefaultValue("10000") long perMonthAmount,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("15m") Duration confirmationValidity,
        @DefaultValue("5") int maxConfirmAttempts,
        @DefaultValue("EUR") String defaultCurrency,
        @DefaultValue("false") boolean livemode,
        @DefaultValue("2s") Duration janitorInterval,
        @DefaultValue("50") int janitorBatch,
        @DefaultValue({"88199", "88499"}) List<String> premiumShortCodes) {}
