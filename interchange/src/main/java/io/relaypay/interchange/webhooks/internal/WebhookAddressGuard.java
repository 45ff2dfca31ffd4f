package io.relaypay.interchange.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhooks from being aimed inside our own network: a merchant chooses the URL, so without
 * this check a webhook could post to the interchange's loopback, the cloud metadata address
 * (169.254.169.254) or any private host next to it. The host is resolved when each webhook is sent and
 * every address it resolves to must be public. A name that resolves differently between this check and
 * the connection (DNS rebinding) is not caught; egress rules on the host are the second line.
 */
public final class WebhookAddressGuard {

    /** Resolves a host to all of its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /** All addresses of {@code host}. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /**
     * A guard.
     *
     * @param allowPrivate let webhooks go to loopback and private addresses (the demo and tests,
     *     whose shops run on this machine)
     * @param resolver the DNS lookup
     */
    public WebhookAddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** A guard resolving through the system's resolver. */
    public static WebhookAddressGuard system(boolean allowPrivate) {
        return new WebhookAddressGuard(allowPrivate, InetAddress::getAllByName);
    }

    /** Why a webhook must not be posted to {@code url}, or empty when it may. */
    public Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the webhook URL has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : resolver.resolve(bare)) {
                if (!isPublic(address)) {
                    return Optional.of("the webhook host " + host + " resolves to a non-public address "
                            + address.getHostAddress());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the webhook host " + host + " does not resolve");
        }
    }

    /** True for an address on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            // Unique local fc00::/7; IPv4-mapped ::ffff:a.b.c.d judged as the IPv4 address it carries.
            if ((first & 0xfe) == 0xfc) {
                return false;
            }
            if (isIpv4Mapped(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
