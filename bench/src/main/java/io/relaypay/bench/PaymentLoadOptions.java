package io.relaypay.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@link PaymentLoad}.
 *
 * @param clients concurrent virtual buyers, each running one payment after another
 * @param seconds length of the measured window
 * @param warmupSeconds load before the measured window, not counted
 * @param rate payments started per second over all clients; 0 = each client starts its next
 *     payment as soon as the last one is done (closed loop, as fast as the system goes)
 * @param phones simulator phones the buyers pay from; each is used by one client at a time
 * @param funding where the money comes from
 * @param confirm how the buyer confirms
 * @param await how the merchant learns of success
 * @param amount the amount of every payment in euro cents
 * @param poolSize the interchange's database pool
 * @param smscRate the interchange's routing limit per SMSC in messages a second; 0 = none
 * @param heap the interchange's {@code -Xmx}
 * @param jfr where the interchange writes a flight recording, summarised after the run
 * @param webhooks whether the merchant has a webhook URL (a sink in this JVM that answers 200)
 * @param root the repository root, where {@code interchange/target} is
 */
public record PaymentLoadOptions(
        int clients,
        int seconds,
        int warmupSeconds,
        int rate,
        int phones,
        Funding funding,
        Confirm confirm,
        Await await,
        long amount,
        int poolSize,
        int smscRate,
        String heap,
        Optional<Path> jfr,
        boolean webhooks,
        Path root) {

    static final String USAGE = """
            usage: PaymentLoad [--clients 64] [--seconds 60] [--warmup 20] [--rate 0 (payments/s; 0 = closed loop)]
                               [--phones 10000] [--funding balance|operator-billing] [--confirm api|reply|page]
                               [--await webhook|poll]
                               [--amount 199] [--pool-size 16] [--smsc-rate 5000] [--heap 1g]
                               [--jfr FILE] [--webhooks true] [--root .]""";

    /** Where the buyer's money comes from. */
    public enum Funding {
        /** Buyers are topped up through the admin API first; payments take it from the balance. */
        BALANCE,
        /** Buyers have no balance; every payment is charged to the phone bill (simulator billing API). */
        OPERATOR_BILLING
    }

    /** How the buyer confirms the payment. */
    public enum Confirm {
        /** Opens the checkout page, types the number, then the code from the SMS on the page. */
        PAGE,
        /** Opens the checkout page, types the number, replies to the SMS (an MO through the SMSC). */
        REPLY,
        /**
         * No page: the merchant creates the payment with the number and {@code confirm: true}, the
         * buyer replies to the SMS.
         */
        API
    }

    /** How the merchant learns that the payment succeeded. */
    public enum Await {
        /** Reads {@code GET /v1/payments/{id}} until it says so (2 ms, doubling to 50 ms). */
        POLL,
        /** Waits for its {@code payment.succeeded} webhook. */
        WEBHOOK
    }

    /** Checks the ranges. */
    public PaymentLoadOptions {
        requireAtLeast("--clients", clients, 1);
        requireAtLeast("--seconds", seconds, 1);
        requireAtLeast("--warmup", warmupSeconds, 0);
        requireAtLeast("--rate", rate, 0);
        requireAtLeast("--phones", phones, clients);
        requireAtLeast("--amount", amount, 1);
        requireAtLeast("--pool-size", poolSize, 2);
        requireAtLeast("--smsc-rate", smscRate, 0);
        if (await == Await.WEBHOOK && !webhooks) {
            throw new IllegalArgumentException("--await webhook needs --webhooks true");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap is a JVM size such as 1g, not " + heap);
        }
    }

    /** Parses {@code --name value} pairs; every option has a default. */
    public static PaymentLoadOptions parse(String... args) {
        int clients = 64;
        int seconds = 60;
        int warmup = 20;
        int rate = 0;
        int phones = 10_000;
        Funding funding = Funding.BALANCE;
        Confirm confirm = Confirm.API;
        Await await = Await.WEBHOOK;
        long amount = 199;
        int poolSize = 16;
        int smscRate = 5_000;
        String heap = "1g";
        Optional<Path> jfr = Optional.empty();
        boolean webhooks = true;
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--clients" -> clients = number(args[i], value);
                case "--seconds" -> seconds = number(args[i], value);
                case "--warmup" -> warmup = number(args[i], value);
                case "--rate" -> rate = number(args[i], value);
                case "--phones" -> phones = number(args[i], value);
                case "--funding" -> funding = choice(Funding.class, args[i], value);
                case "--confirm" -> confirm = choice(Confirm.class, args[i], value);
                case "--await" -> await = choice(Await.class, args[i], value);
                case "--amount" -> amount = number(args[i], value);
                case "--pool-size" -> poolSize = number(args[i], value);
                case "--smsc-rate" -> smscRate = number(args[i], value);
                case "--heap" -> heap = value;
                case "--jfr" -> jfr = Optional.of(Path.of(value));
                case "--webhooks" -> webhooks = bool(args[i], value);
                case "--root" -> root = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new PaymentLoadOptions(
                clients,
                seconds,
                warmup,
                rate,
                phones,
                funding,
                confirm,
                await,
                amount,
                poolSize,
                smscRate,
                heap,
                jfr,
                webhooks,
                root.toAbsolutePath().normalize());
    }

    /** One line for the report. */
    String describe() {
        return "clients=%d rate=%s warmup=%ds seconds=%d phones=%d funding=%s confirm=%s await=%s amount=%d pool=%d smsc-rate=%d heap=%s webhooks=%s"
                .formatted(
                        clients,
                        rate == 0 ? "closed-loop" : rate + "/s",
                        warmupSeconds,
                        seconds,
                        phones,
                        name(funding),
                        name(confirm),
                        name(await),
                        amount,
                        poolSize,
                        smscRate,
                        heap,
                        webhooks);
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " is one of "
                + java.util.Arrays.stream(type.getEnumConstants())
                        .map(PaymentLoadOptions::name)
                        .toList()
                + ", not " + value);
    }

    private static boolean bool(String option, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(option + " is true or false, not " + value);
        };
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value, e);
        }
    }

    private static void requireAtLeast(String option, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", not " + value);
        }
    }
}
