package io.relaypay.simulator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./relaypay simulator}: runs the demo carrier network ({@link SimulatorConfig#defaults()})
 * until interrupted. Options: {@code --http-port N}, {@code --smpp-port N} (first SMSC; the others
 * follow), {@code --smtp-port N}, {@code --host ADDRESS}, {@code --help}. A bad option exits with
 * status 2.
 */
public final class SimulatorMain {

    static final String USAGE = """
            Usage: ./relaypay simulator [options]

              --http-port N   HTTP API, web page and gateways (default 8081)
              --smpp-port N   first SMSC's SMPP port; further SMSCs take the next ports (default 2775)
              --smtp-port N   email-to-SMS gateway (default 2525)
              --host ADDRESS  address to listen on (default 127.0.0.1)
              -h, --help      show this help
            """;

    private SimulatorMain() {}

    /** Starts the network and waits until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = configure(SimulatorConfig.defaults(), List.of(args));
        } catch (HelpRequested e) {
            System.out.print(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("relaypay simulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        CarrierNetwork network = CarrierNetwork.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            network.close();
                            stopped.countDown();
                        },
                        "simulator-shutdown"));
        printBanner(network, System.out);
        stopped.await();
    }

    /** Signals {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help requested");
        }
    }

    /**
     * Applies command-line options to {@code base}.
     *
     * @throws IllegalArgumentException naming the bad option
     * @throws HelpRequested for {@code --help}
     */
    static SimulatorConfig configure(SimulatorConfig base, List<String> args) {
        SimulatorConfig.Builder builder = base.toBuilder();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "-h", "--help" -> throw new HelpRequested();
                case "--http-port" -> builder.httpPort(port(option, value(args, ++i, option)));
                case "--smtp-port" -> builder.smtpPort(port(option, value(args, ++i, option)));
                case "--host" -> builder.host(value(args, ++i, option));
                case "--smpp-port" -> {
                    int first = port(option, value(args, ++i, option));
                    List<SmscConfig> smscs = new ArrayList<>();
                    for (SmscConfig smsc : base.smscs()) {
                        smscs.add(smsc.withPort(first == 0 ? 0 : first + smscs.size()));
                    }
                    builder.smscs(smscs);
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        return builder.build();
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(option + " must be a port number 0..65535, was '" + value + "'");
    }

    static void printBanner(CarrierNetwork network, PrintStream out) {
        SimulatorConfig config = network.config();
        out.println("Relaypay carrier network simulator");
        out.println("  web page and API  " + network.httpUri() + "/");
        out.println("  Kannel sendsms    " + network.httpUri() + "/cgi-bin/sendsms (username "
                + config.gatewayUsername() + ")");
        out.println("  JSON aggregator   " + network.httpUri() + "/api/v1/messages (Bearer key configured)");
        out.println("  operator billing  " + network.billingUri()
                + "/payments (CAMARA carrier billing, Bearer key configured)");
        out.println("  card processor    " + network.processorUri()
                + " (cards, bank transfers, stored value; Bearer "
                + io.relaypay.simulator.processor.ProcessorConfig.DEFAULT_API_KEY + ")");
        out.println("  SMTP gateway      " + config.host() + ":" + network.smtpPort());
        for (SmscConfig smsc : config.smscs()) {
            out.println("  SMSC " + smsc.name() + "  smpp://" + config.host() + ":" + network.smppPort(smsc.name())
                    + " system_id=" + smsc.systemId() + " carriers=" + String.join(",", smsc.carriers())
                    + " ids=" + smsc.submitIdFormat().name().toLowerCase(java.util.Locale.ROOT) + "/"
                    + smsc.dlrIdFormat().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (CarrierConfig carrier : config.carriers()) {
            out.println("  carrier " + carrier.name() + "  " + String.join(",", carrier.numberPrefixes()) + " email "
                    + carrier.emailDomain() + " price points " + carrier.pricePointsMinor() + " " + carrier.currency()
                    + " share " + carrier.sharePercent() + "%");
        }
        for (Phone phone : network.phones()) {
            out.println("  phone " + phone.msisdn() + " (" + phone.carrier()
                    + (phone.premiumBarred() ? ", premium barred" : "") + ")");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
