package io.relaypay.simulator.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free loopback ports for a program that cannot be told "port 0" and report back (Kannel's boxes
 * read fixed ports from their config). The sockets are held open together so the ports are
 * distinct, then closed just before the program binds them: another process could take one in
 * between, which is why {@link KannelProcess} fails fast with the box's log when a bind fails.
 */
final class FreePorts {

    private FreePorts() {}

    /** {@code count} distinct ports that were free on 127.0.0.1 a moment ago. */
    static List<Integer> take(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket that accepted nothing cannot lose anything.
                }
            }
        }
    }
}
