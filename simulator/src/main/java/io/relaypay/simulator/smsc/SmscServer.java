package io.relaypay.simulator.smsc;

import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.SmscConfig;
import io.relaypay.simulator.SmscControl;
import io.relaypay.simulator.SubmitSmRecord;
import io.relaypay.simulator.network.MoGateway;
import io.relaypay.simulator.network.MoMessage;
import io.relaypay.simulator.network.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated SMSC: an SMPP 3.4 server accepting transmitter, receiver and transceiver binds
 * with its system id and password, taking submit_sm, and sending receipts and MOs as deliver_sm.
 */
public final class SmscServer implements SmscControl, MoGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmscServer.class);
    private static final long BIND_TIMEOUT_MILLIS = 30_000;
    private static final Duration REFUSED_BIND_GRACE = Duration.ofSeconds(2);
    // Enough workers that a configured latency does not serialise a windowed client.
    private static final int PDU_PROCESSORS = 16;
    private static final int PDU_QUEUE = 4096;

    private final SmscConfig config;
    private final SmscFaults faults;
    private final SmscCounters counters = new SmscCounters();
    private final BoundSessions sessions = new BoundSessions();
    private final OutboundQueue outbound;
    private final SubmitHandler submits;
    private final SmscListener listener;
    private final SMPPServerSessionListener server;
    private final int port;
    private final AtomicInteger moReference = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private SmscServer(SmscConfig config, Network network, InetAddress host, Duration redelivery) throws IOException {
        this.config = config;
        this.faults = new SmscFaults(config);
        this.outbound = new OutboundQueue(config.name(), sessions, redelivery);
        this.submits = new SubmitHandler(config, network, faults, counters);
        this.listener = new SmscListener(submits, outbound);
        ListeningSocketFactory sockets = new ListeningSocketFactory(host);
        this.server = new SMPPServerSessionListener(config.port(), sockets);
        this.port = sockets.localPort();
        server.setPduProcessorDegree(PDU_PROCESSORS);
        server.setQueueCapacity(PDU_QUEUE);
        server.setMessageReceiverListener(listener);
        server.setResponseDeliveryListener(listener);
        server.setSessionStateListener(this::onStateChange);
        this.acceptor = Thread.ofPlatform()
                .daemon()
                .name("smsc-" + config.name() + "-accept")
                .start(this::acceptLoop);
    }

    /**
     * Starts the SMSC listening on {@code host} and the configured port.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SmscServer start(SmscConfig config, Network network, InetAddress host, Duration redelivery) {
        try {
            SmscServer smsc = new SmscServer(config, network, host, redelivery);
            log.info(
                    "smsc={} listening on {}:{} system_id={} carriers={}",
                    config.name(),
                    host.getHostAddress(),
                    smsc.port,
                    config.systemId(),
                    config.carriers());
            return smsc;
        } catch (IOException e) {
            throw new UncheckedIOException("SMSC " + config.name() + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on (the chosen one when configured with 0). */
    public int port() {
        return port;
    }

    /** Its configuration. */
    public SmscConfig config() {
        return config;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = server.accept();
                Thread.ofVirtual().name("smsc-" + config.name() + "-bind").start(() -> awaitBind(session));
            } catch (IOException e) {
                if (!closed) {
                    log.warn("smsc={} accept failed: {}", config.name(), e.toString());
                }
            }
        }
    }

    private void awaitBind(SMPPServerSession session) {
        try {
            BindRequest bind = session.waitForBind(BIND_TIMEOUT_MILLIS);
            int refusal = bindRefusal(bind);
            if (refusal != SmppStatus.ESME_ROK) {
                log.info(
                        "smsc={} bind {} from system_id={} refused with 0x{}",
                        config.name(),
                        bind.getBindType(),
                        bind.getSystemId(),
                        Integer.toHexString(refusal));
                bind.reject(refusal);
                // Closing at once can reset the connection before the client read the bind_resp;
                // clients close on a refusal, and the grace period only bounds those that don't.
                Thread.sleep(REFUSED_BIND_GRACE);
                session.close();
                return;
            }
            // bind_resp system_id is a C-octet string of at most 16 octets (SMPP 3.4 5.2.1).
            bind.accept(config.name().substring(0, Math.min(15, config.name().length())), InterfaceVersion.IF_34);
            log.info("smsc={} bound {} session {}", config.name(), bind.getBindType(), session.getSessionId());
        } catch (Exception e) {
            log.info("smsc={} session {} did not bind: {}", config.name(), session.getSessionId(), e.toString());
            session.close();
        }
    }

    private int bindRefusal(BindRequest bind) {
        if (faults.refuseBinds()) {
            return SmppStatus.ESME_RBINDFAIL;
        }
        if (!config.systemId().equals(bind.getSystemId())) {
            return SmppStatus.ESME_RINVSYSID;
        }
        if (!config.password().equals(bind.getPassword())) {
            return SmppStatus.ESME_RINVPASWD;
        }
        return bind.getBindType() == BindType.BIND_TX
                        || bind.getBindType() == BindType.BIND_RX
                        || bind.getBindType() == BindType.BIND_TRX
                ? SmppStatus.ESME_ROK
                : SmppStatus.ESME_RBINDFAIL;
    }

    private void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (!(source instanceof SMPPServerSession session)) {
            return;
        }
        if (newState.isBound()) {
            sessions.add(session);
            if (newState.isReceivable()) {
                outbound.receiverAvailable();
            }
        } else if (newState == SessionState.CLOSED || newState == SessionState.UNBOUND) {
            sessions.remove(session);
        }
    }

    // --- MoGateway

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public boolean reaches(String carrier) {
        return config.carriers().contains(carrier);
    }

    @Override
    public boolean hasReceiver() {
        return sessions.hasReceiver();
    }

    @Override
    public void deliverMo(MoMessage mo) {
        for (OutboundSm part : MoParts.of(mo, moReference.incrementAndGet())) {
            outbound.add(part, Duration.ZERO);
        }
    }

    // --- SmscControl

    @Override
    public void rejectNext(int count, int commandStatus) {
        faults.rejectNext(count, commandStatus);
    }

    @Override
    public void throttle(boolean on) {
        faults.throttle(on);
    }

    @Override
    public void dropBinds() {
        for (SMPPServerSession session : sessions.all()) {
            log.info("smsc={} dropping session {} (fault injection)", config.name(), session.getSessionId());
            session.close();
            sessions.remove(session);
        }
    }

    @Override
    public void delayReceipts(Duration delay) {
        faults.receiptDelay(delay);
    }

    @Override
    public void dropReceipts(boolean drop) {
        faults.dropReceipts(drop);
    }

    @Override
    public void idFormats(IdFormat submitResp, IdFormat receipt) {
        faults.idFormats(submitResp, receipt);
    }

    @Override
    public void refuseBinds(boolean refuse) {
        faults.refuseBinds(refuse);
    }

    @Override
    public long submitsAccepted() {
        return counters.accepted.get();
    }

    @Override
    public long submitsRejected() {
        return counters.rejected.get();
    }

    @Override
    public List<SubmitSmRecord> recentSubmits() {
        return submits.recentSubmits();
    }

    @Override
    public int boundSessions() {
        return sessions.count();
    }

    @Override
    public int queuedDeliveries() {
        return outbound.outstanding();
    }

    @Override
    public long deliveriesAcknowledged() {
        return outbound.acknowledged();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            log.debug("smsc={} close: {}", config.name(), e.toString());
        }
        for (SMPPServerSession session : sessions.all()) {
            session.close();
        }
        outbound.close();
        try {
            acceptor.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
