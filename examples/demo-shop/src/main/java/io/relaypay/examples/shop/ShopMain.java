package io.relaypay.examples.shop;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts the demo shop: {@code ShopMain --help} lists the options. */
public final class ShopMain {

    private ShopMain() {}

    /** Runs the shop until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
        new CountDownLatch(1).await();
    }

    /**
     * Starts the shop (it keeps running on its own threads), or prints the help.
     *
     * @return the exit status: 0 started or helped, 2 bad options, 1 could not start
     */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(ShopConfig.USAGE);
            return 0;
        }
        ShopConfig config;
        try {
            config = ShopConfig.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("shop: " + e.getMessage());
            err.print(ShopConfig.USAGE);
            return 2;
        }
        DemoShop shop;
        try {
            shop = DemoShop.start(config, Catalogue.demo(), Clock.systemUTC());
        } catch (RuntimeException e) {
            err.println("shop: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close, "shop-shutdown"));
        out.println("Demo shop: " + shop.url() + "/");
        out.println("  payments via " + config.relaypayUrl());
        out.println("  webhooks at  " + shop.url() + "/webhooks/relaypay"
                + (config.webhookSecret().isPresent() ? "" : " (refused: no RELAYPAY_WEBHOOK_SECRET)"));
        return 0;
    }
}
