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
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated SMSC: an SMPP 3.4 server accepting transmitter, receiver and transceiver binds
 * with its system id and password, taking submit_sm, and sending receipts and MOs as deliver_sm.
 */
public final class SmscServer implements SmscControl, MoGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmscServer.class);
    private static final long BIND_TIMEOUT_MILLIS = 30_000;
    // What jSMPP's SMPPServerSessionListener uses until the bind (its initiation timer).
    private static final int INITIATION_TIMEOUT_MILLIS = 5_000;
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
    private final ServerConnection server;
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
        this.server = sockets.listen(config.port());
        this.port = sockets.localPort();
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
                SMPPServerSession session = newSession(server.accept());
                Thread.ofVirtual().name("smsc-" + config.name() + "-bind").start(() -> awaitBind(session));
            } catch (IOException e) {
                if (!closed) {
                    log.warn("smsc={} accept failed: {}", config.name(), e.toString());
                }
            }
        }
    }

    /**
     * What jSMPP's SMPPServerSessionListener.accept() does, but with our {@link EsmePduReader}: it
     * mends header-only deliver_sm_resp and tells us when the ESME speaks after its bind.
     */
    private SMPPServerSession newSession(Connection connection) throws IOException {
        connection.setSoTimeout(INITIATION_TIMEOUT_MILLIS);
        EsmePduReader reader = new EsmePduReader();
        SMPPServerSession session = new SMPPServerSession(
                connection,
                this::onStateChange,
                listener,
                listener,
                PDU_PROCESSORS,
                PDU_QUEUE,
                new SynchronizedPDUSender(new DefaultPDUSender()),
                reader);
        // Registered before waitForBind starts the reader; the bind itself does not count.
        reader.onRequest(() -> ready(session));
        return session;
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
            // jSMPP changes the state just before it writes the bind_resp: no deliver_sm yet (see
            // BoundSessions). The session is ready at the ESME's first request, or after the settle delay.
            sessions.add(session);
            Duration settle = config.deliverySettleDelay();
            if (settle.isZero()) {
                ready(session);
            } else {
                Thread.ofVirtual().name("smsc-" + config.name() + "-settle").start(() -> {
                    try {
                        Thread.sleep(settle);
                        ready(session);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        } else if (newState == SessionState.CLOSED || newState == SessionState.UNBOUND) {
            sessions.remove(session);
        }
    }

    private void ready(SMPPServerSession session) {
        if (sessions.markReady(session)) {
            outbound.receiverAvailable();
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
    public void loseNextMoAcks(int count) {
        outbound.loseNextMoAcks(count);
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
