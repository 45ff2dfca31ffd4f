package io.relaypay.simulator;

import io.relaypay.simulator.billing.BillingControl;
import io.relaypay.simulator.billing.OperatorBilling;
import io.relaypay.simulator.http.SimulatorHttpServer;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.processor.Processor;
import io.relaypay.simulator.processor.ProcessorConfig;
import io.relaypay.simulator.processor.ProcessorControl;
import io.relaypay.simulator.smsc.SmscServer;
import io.relaypay.simulator.smtp.SmtpGateway;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated carrier network, embeddable in tests: SMSCs (SMPP servers), the HTTP API, web page
 * and aggregator gateways, the operator billing API, the SMTP email-to-SMS gateway, and the
 * virtual phones.
 *
 * <pre>{@code
 * try (CarrierNetwork network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts())) {
 *     int port = network.smppPort("smsc-hub");
 *     ...
 *     assertThat(network.phone("+4915112345671").inbox()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>MO routing: an MO goes to the first SMSC (configuration order) reaching the phone's carrier
 * that has a receiver bound, else it is queued on the first SMSC reaching the carrier until an ESME
 * binds there; it is also reported to every configured HTTP MO callback.
 */
public final class CarrierNetwork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CarrierNetwork.class);

    private final SimulatorConfig config;
    private final Network network;
    private final OperatorBilling billing;
    private final Processor processor;
    private final Map<String, SmscServer> smscs = new LinkedHashMap<>();
    private final List<AutoCloseable> servers = new ArrayList<>();
    private SimulatorHttpServer http;
    private SmtpGateway smtp;

    private CarrierNetwork(SimulatorConfig config) {
        this.config = config;
        this.network = new Network(config.clock(), config.carriers(), config.phones());
        this.billing = new OperatorBilling(network, config.reservationTimeout());
        servers.add(billing);
        this.processor = new Processor(ProcessorConfig.defaults(), config.clock());
    }

    /**
     * Starts every server of the configuration; port 0 picks an ephemeral port. If one fails to
     * start, the ones already started are stopped.
     */
    public static CarrierNetwork start(SimulatorConfig config) {
        CarrierNetwork carrierNetwork = new CarrierNetwork(config);
        try {
            carrierNetwork.startServers();
        } catch (RuntimeException e) {
            carrierNetwork.close();
            throw e;
        }
        return carrierNetwork;
    }

    private void startServers() {
        InetAddress host = host(config.host());
        for (SmscConfig smscConfig : config.smscs()) {
            SmscServer smsc = SmscServer.start(smscConfig, network, host, config.redeliveryInterval());
            smscs.put(smscConfig.name(), smsc);
            servers.add(smsc);
            network.addMoGateway(smsc);
        }
        http = SimulatorHttpServer.start(config, network, billing, processor, host);
        servers.add(http);
        smtp = SmtpGateway.start(network, host, config.smtpPort(), config.smtpMaxMessageBytes());
        servers.add(smtp);
    }

    private static InetAddress host(String name) {
        try {
            return InetAddress.getByName(name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + name, e);
        }
    }

    /** The configuration it runs. */
    public SimulatorConfig config() {
        return config;
    }

    /** The SMPP port of the SMSC with this name. */
    public int smppPort(String smscName) {
        return smscServer(smscName).port();
    }

    /** The HTTP port (API, web page, gateways). */
    public int httpPort() {
        return http.port();
    }

    /** {@code http://<host>:<httpPort>/carrier-billing/v0}, the operator billing API. */
    public URI billingUri() {
        return URI.create(httpUri() + "/carrier-billing/v0");
    }

    /** Fault injection and inspection of the operator billing API. */
    public BillingControl billing() {
        return billing;
    }

    /** {@code http://<host>:<httpPort>/processor/v1}, the card, bank and stored-value processor API. */
    public URI processorUri() {
        return URI.create(httpUri() + "/processor/v1");
    }

    /** The processor's clock, faults and stored-value accounts. */
    public ProcessorControl processor() {
        return processor;
    }

    /** The SMTP gateway port. */
    public int smtpPort() {
        return smtp.port();
    }

    /** {@code http://<host>:<httpPort>}. */
    public URI httpUri() {
        return URI.create("http://" + config.host() + ":" + httpPort());
    }

    /** Fault injection and counters of the SMSC with this name. */
    public SmscControl smsc(String smscName) {
        return smscServer(smscName);
    }

    /** Names of the SMSCs, in configuration order. */
    public List<String> smscNames() {
        return List.copyOf(smscs.keySet());
    }

    private SmscServer smscServer(String smscName) {
        SmscServer smsc = smscs.get(smscName);
        if (smsc == null) {
            throw new NoSuchElementException("no SMSC named " + smscName + "; have " + smscs.keySet());
        }
        return smsc;
    }

    /** Every phone, in the order they were added. */
    public List<Phone> phones() {
        return List.copyOf(network.phones());
    }

    /**
     * The phone with this number.
     *
     * @throws NoSuchElementException if there is none
     */
    public Phone phone(String msisdn) {
        return network.phone(msisdn).orElseThrow(() -> new NoSuchElementException("no phone " + msisdn));
    }

    /**
     * Adds a phone that accepts premium messages.
     *
     * @throws IllegalArgumentException if the number is invalid or taken, or the carrier unknown
     */
    public Phone addPhone(String msisdn, String carrierName) {
        return network.addPhone(msisdn, carrierName, false);
    }

    /** Adds a phone; premium-barred phones refuse premium messages. */
    public Phone addPhone(String msisdn, String carrierName, boolean premiumBarred) {
        return network.addPhone(msisdn, carrierName, premiumBarred);
    }

    /**
     * Adds a phone with its operator billing settings.
     *
     * @throws IllegalArgumentException if the number is invalid or taken, or the carrier unknown
     */
    public Phone addPhone(PhoneConfig phone) {
        return network.addPhone(phone);
    }

    /** The carriers, their charges and revenue. */
    public CarrierBook carriers() {
        return network.carriers();
    }

    /** Stops every server; queued receipts and MOs are discarded. */
    @Override
    public void close() {
        for (AutoCloseable server : servers.reversed()) {
            try {
                server.close();
            } catch (Exception e) {
                log.warn("closing {}: {}", server, e.toString());
            }
        }
        servers.clear();
    }
}
