package io.relaypay.bench;

/**
 * The command line of {@link LedgerLoad}.
 *
 * @param db {@code postgres} or {@code h2}
 * @param batchSize transfers per {@code createTransfers} call
 * @param clients concurrent client threads, and the size of the connection pool (at least 2)
 * @param seconds length of the measured window
 * @param warmupSeconds load before the measured window, not counted
 * @param accounts how many accounts the transfers pick from
 */
public record LoadOptions(String db, int batchSize, int clients, int seconds, int warmupSeconds, int accounts) {

    static final String USAGE = "usage: LedgerLoad --db postgres|h2 [--batch 1000] [--clients 8]"
            + " [--seconds 20] [--warmup 5] [--accounts 10000]";

    /** Checks the ranges. */
    public LoadOptions {
        if (!db.equals("postgres") && !db.equals("h2")) {
            throw new IllegalArgumentException("--db must be postgres or h2, not " + db);
        }
        requireAtLeast("--batch", batchSize, 1);
        requireAtLeast("--clients", clients, 1);
        requireAtLeast("--seconds", seconds, 1);
        requireAtLeast("--warmup", warmupSeconds, 0);
        requireAtLeast("--accounts", accounts, 2);
    }

    /** Parses {@code --name value} pairs; every option but {@code --db} has a default. */
    public static LoadOptions parse(String... args) {
        String db = null;
        int batch = 1000;
        int clients = 8;
        int seconds = 20;
        int warmup = 5;
        int accounts = 10_000;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--db" -> db = value;
                case "--batch" -> batch = number(args[i], value);
                case "--clients" -> clients = number(args[i], value);
                case "--seconds" -> seconds = number(args[i], value);
                case "--warmup" -> warmup = number(args[i], value);
                case "--accounts" -> accounts = number(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db is required");
        }
        return new LoadOptions(db, batch, clients, seconds, warmup, accounts);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value, e);
        }
    }

    private static void requireAtLeast(String option, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", not " + value);
        }
    }
}
