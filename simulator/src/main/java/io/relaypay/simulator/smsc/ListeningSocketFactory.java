package io.relaypay.simulator.smsc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/**
 * Listens on one address (jSMPP's own factory binds every interface) and remembers the port the
 * operating system chose, so port 0 works.
 */
final class ListeningSocketFactory implements ServerConnectionFactory {

    private final InetAddress address;
    private volatile int localPort = -1;

    ListeningSocketFactory(InetAddress address) {
        this.address = address;
    }

    int localPort() {
        return localPort;
    }

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0, 50);
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, 50);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port), backlog);
            socket.setSoTimeout(timeout);
        } catch (IOException e) {
            socket.close();
            throw new IOException(
                    "cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        localPort = socket.getLocalPort();
        return new ServerSocketConnection(socket);
    }
}
