package io.relaypay.examples.shop;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts the demo shop: {@code ShopMain --help} lists the options. */
public final class ShopMain {

    /** What {@link #run} did, and the process's exit status if it should end. */
    enum Result {
        RUNNING(0),
        HELPED(0),
        BAD_OPTIONS(2),
        FAILED_TO_START(1);

        final int exitStatus;

        Result(int exitStatus) {
            this.exitStatus = exitStatus;
        }
    }

    private ShopMain() {}

    /** Runs the shop until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        Result result = run(args, System.getenv(), System.out, System.err);
        if (result != Result.RUNNING) {
            System.exit(result.exitStatus);
        }
        new CountDownLatch(1).await();
    }

    /** Starts the shop (it keeps running on its own threads), or prints the help, or explains why not. */
    static Result run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ShopConfig.USAGE);
            return Result.HELPED;
        }
        ShopConfig config;
        try {
            config = ShopConfig.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("shop: " + e.getMessage());
            err.print(ShopConfig.USAGE);
            return Result.BAD_OPTIONS;
        }
        DemoShop shop;
        try {
            shop = DemoShop.start(config, Catalogue.demo(), Clock.systemUTC());
        } catch (RuntimeException e) {
            err.println("shop: " + e.getMessage());
            return Result.FAILED_TO_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close, "shop-shutdown"));
        out.println("Demo shop: " + shop.url() + "/");
        out.println("  payments via " + config.relaypayUrl());
        out.println("  webhooks at  " + shop.url() + "/webhooks/relaypay"
                + (config.webhookSecret().isPresent() ? "" : " (refused: no RELAYPAY_WEBHOOK_SECRET)"));
        return Result.RUNNING;
    }
}
