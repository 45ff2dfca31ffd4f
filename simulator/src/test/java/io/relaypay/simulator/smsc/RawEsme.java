package io.relaypay.simulator.smsc;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An ESME written byte by byte, for answers jSMPP's client only gives in a race: it binds as
 * transceiver and lets the test answer each deliver_sm as it likes, e.g. header-only.
 */
final class RawEsme implements AutoCloseable {

    static final int BIND_TRANSCEIVER = 0x00000009;
    static final int BIND_TRANSCEIVER_RESP = 0x80000009;
    static final int ENQUIRE_LINK = 0x00000015;
    static final int DELIVER_SM = 0x00000005;
    static final int DELIVER_SM_RESP = 0x80000005;
    static final int ESME_RINVBNDSTS = 0x04;

    /** One PDU as read: header fields and body. */
    record Pdu(int commandId, int commandStatus, int sequenceNumber, byte[] body) {}

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private int sequence;

    private RawEsme(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    /** Connects and binds as transceiver; fails unless the bind_resp says ESME_ROK. */
    static RawEsme bindTransceiver(int port, String systemId, String password) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        RawEsme esme = new RawEsme(socket);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cString(body, systemId);
        cString(body, password);
        cString(body, ""); // system_type
        body.write(0x34); // interface_version 3.4
        body.write(0); // addr_ton
        body.write(0); // addr_npi
        cString(body, ""); // address_range
        esme.send(BIND_TRANSCEIVER, 0, ++esme.sequence, body.toByteArray());
        Pdu resp = esme.read();
        if (resp.commandId() != BIND_TRANSCEIVER_RESP || resp.commandStatus() != 0) {
            esme.close();
            throw new IOException("bind refused: " + resp);
        }
        return esme;
    }

    /** Reads the next PDU (blocks up to the socket timeout). */
    Pdu read() throws IOException {
        int length = in.readInt();
        int commandId = in.readInt();
        int status = in.readInt();
        int seq = in.readInt();
        byte[] body = new byte[length - 16];
        in.readFully(body);
        return new Pdu(commandId, status, seq, body);
    }

    /** Reads PDUs until a deliver_sm, answering anything else the SMSC asks with an empty resp. */
    Pdu nextDeliverSm() throws IOException {
        while (true) {
            Pdu pdu = read();
            if (pdu.commandId() == DELIVER_SM) {
                return pdu;
            }
            if ((pdu.commandId() & 0x80000000) == 0) {
                send(pdu.commandId() | 0x80000000, 0, pdu.sequenceNumber(), new byte[0]);
            }
        }
    }

    /** Sends a request PDU with an empty body, e.g. enquire_link. */
    void request(int commandId) throws IOException {
        send(commandId, 0, ++sequence, new byte[0]);
    }

    /** Answers a deliver_sm with a negative status and no body, as SMPP 3.4 allows. */
    void answerHeaderOnly(Pdu deliverSm, int status) throws IOException {
        send(DELIVER_SM_RESP, status, deliverSm.sequenceNumber(), new byte[0]);
    }

    /** Answers a deliver_sm with ESME_ROK and the NULL message_id. */
    void answerOk(Pdu deliverSm) throws IOException {
        send(DELIVER_SM_RESP, 0, deliverSm.sequenceNumber(), new byte[] {0});
    }

    private synchronized void send(int commandId, int status, int seq, byte[] body) throws IOException {
        out.writeInt(16 + body.length);
        out.writeInt(commandId);
        out.writeInt(status);
        out.writeInt(seq);
        out.write(body);
        out.flush();
    }

    private static void cString(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
