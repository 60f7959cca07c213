package io.rectify.notification.subscription;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.rectify.notification.service.NotificationSettings;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: endpoints on the internet, never inside the network. A URL whose host
 * resolves to a loopback, private, carrier-grade NAT, link-local (cloud metadata), unique-local,
 * multicast or unspecified address is refused, unless the configuration allows it
 * ({@code rectify.notifications.webhook-allowed-targets}: {@code host}, {@code host:port} or an
 * address block such as {@code 10.20.0.0/16}). The check runs when a subscription is made and again
 * before each delivery, since what a name resolves to can change.
 */
@ApplicationScoped
public class WebhookTargets {

    /** The URL's host is inside the network, or cannot be resolved. */
    public static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> allowed;

    @Inject
    public WebhookTargets(NotificationSettings settings) {
        this(settings.webhookAllowedTargets());
    }

    WebhookTargets(Optional<List<String>> allowed) {
        this.allowed = allowed.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Resolves the host off the event loop (DNS blocks) and fails with {@link RefusedTarget} when it
     * may not be reached; the outcome comes back on the caller's Vert.x context, where the
     * reactive session lives.
     */
    public Uni<Void> check(URI url) {
        Context caller = Vertx.currentContext();
        Uni<Void> checked = Uni.createFrom().<Void>item(() -> {
            checkNow(url);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return caller == null ? checked : checked.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    void checkNow(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw new RefusedTarget("the URL names no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = url.getPort() >= 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        if (allowed.contains(host) || allowed.contains(host + ":" + port)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowedBlock(address)) {
                throw new RefusedTarget("the host " + host + " resolves to " + address.getHostAddress()
                        + ", an address inside the network; webhooks go to endpoints on the internet"
                        + " (an operator may allow it: RECTIFY_NOTIFICATIONS_WEBHOOK_ALLOWED_TARGETS)");
            }
        }
    }

    /** Addresses that are not on the public internet. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                       // "this network"
                    || (first == 100 && (second & 0xc0) == 64)       // 100.64.0.0/10, carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                    || (first == 198 && (second & 0xfe) == 18)       // 198.18.0.0/15, benchmarking
                    || first >= 240;                                 // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc                            // fc00::/7, unique local
                    || embeddedIpv4Internal(b);
        }
        return true;
    }

    /** ::ffff:a.b.c.d and the like, which Java does not always turn into an IPv4 address. */
    private static boolean embeddedIpv4Internal(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if (!((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            return false;
        }
        try {
            return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private boolean allowedBlock(InetAddress address) {
        for (String entry : allowed) {
            int slash = entry.indexOf('/');
            if (slash < 0) {
                if (entry.equals(address.getHostAddress())) {
                    return true;
                }
                continue;
            }
            try {
                byte[] network = InetAddress.getByName(entry.substring(0, slash)).getAddress();
                int bits = Integer.parseInt(entry.substring(slash + 1));
                byte[] candidate = address.getAddress();
                if (network.length == candidate.length && matches(network, candidate, bits)) {
                    return true;
                }
            } catch (UnknownHostException | NumberFormatException e) {
                // a malformed entry allows nothing
            }
        }
        return false;
    }

    private static boolean matches(byte[] network, byte[] candidate, int bits) {
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((network[i] & mask) != (candidate[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
