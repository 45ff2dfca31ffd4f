package io.relaypay.simulator.smsc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/** A jSMPP client (ESME) for tests: binds, submits, and records every deliver_sm it gets. */
final class EsmeClient implements AutoCloseable {

    final SMPPSession session = new SMPPSession();
    final List<DeliverSm> received = new CopyOnWriteArrayList<>();

    private EsmeClient() {}

    static EsmeClient bind(int port, BindType type, String systemId, String password) throws IOException {
        EsmeClient client = new EsmeClient();
        client.session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                client.received.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {}

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
                throw new ProcessRequestException("not supported", 0x03);
            }
        });
        client.session.setTransactionTimer(5_000);
        client.session.setPduProcessorDegree(8);
        client.session.setQueueCapacity(10_000);
        try {
            client.session.connectAndBind(
                    "127.0.0.1",
                    port,
                    new BindParameter(
                            type, systemId, password, "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    5_000);
        } catch (IOException e) {
            client.close();
            throw e;
        }
        return client;
    }

    static EsmeClient transceiver(int port) throws IOException {
        return bind(port, BindType.BIND_TRX, "relaypay", "secret");
    }

    /** Submits GSM text from short code 84444 with a receipt requested; returns the resp id. */
    String submit(String destination, String text, OptionalParameter... tlvs) throws Exception {
        return submit(destination, new ESMClass(), (byte) 0x00, text.getBytes(StandardCharsets.US_ASCII), tlvs);
    }

    String submit(
            String destination, ESMClass esmClass, byte dataCoding, byte[] shortMessage, OptionalParameter... tlvs)
            throws Exception {
        return session.submitShortMessage(
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.ISDN,
                        "84444",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        destination,
                        esmClass,
                        (byte) 0,
                        (byte) 0,
                        null,
                        null,
                        new RegisteredDelivery(1),
                        (byte) 0,
                        (DataCoding) () -> dataCoding,
                        (byte) 0,
                        shortMessage,
                        tlvs)
                .getMessageId();
    }

    List<DeliverSm> receipts() {
        return received.stream().filter(d -> (d.getEsmClass() & 0x04) != 0).toList();
    }

    List<DeliverSm> mos() {
        return received.stream().filter(d -> (d.getEsmClass() & 0x3C) == 0).toList();
    }

    @Override
    public void close() {
        session.unbindAndClose();
    }
}
