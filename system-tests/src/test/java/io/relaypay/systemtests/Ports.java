package io.relaypay.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback ports for the child processes, so system tests never clash with a running demo. */
final class Ports {

    private Ports() {}

    /** A port free right now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first of {@code count} consecutive free ports (the simulator's SMSCs take N, N+1, ...). */
    static int freeRun(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = free();
            boolean allFree = true;
            for (int i = 1; i < count && allFree; i++) {
                allFree = isFree(first + i);
            }
            if (allFree) {
                return first;
            }
        }
        throw new IllegalStateException("no run of " + count + " free ports");
    }
}
