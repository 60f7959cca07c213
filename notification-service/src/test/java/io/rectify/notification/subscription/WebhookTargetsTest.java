package io.rectify.notification.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTargetsTest {

    private final WebhookTargets none = new WebhookTargets(Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "0.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "100.64.0.1", "100.127.255.254", "fd00::1", "fc00::1",
            "fd00:ec2::254", "224.0.0.1", "255.255.255.255", "240.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::", "198.18.0.1", "192.0.0.8"})
    void addressesInsideTheNetworkAreInternal(String address) throws Exception {
        assertTrue(WebhookTargets.internal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.113.10", "172.32.0.1", "100.128.0.1", "11.0.0.1", "2001:4860:4860::8888",
            "192.0.2.1"})
    void publicAddressesAreNot(String address) throws Exception {
        assertFalse(WebhookTargets.internal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:5432/", "http://localhost:8081/complaints", "http://[::1]:9092/",
            "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hook", "http://[::ffff:192.168.0.1]/",
            "http://0.0.0.0:5432/", "https://[fd12:3456::1]/", "http://2130706433/"})
    void urlsLeadingInsideAreRefused(String url) {
        assertThrows(WebhookTargets.RefusedTarget.class, () -> none.checkNow(URI.create(url)), url);
    }

    @Test
    void aPublicAddressIsAcceptedAndAnUnresolvableHostIsNot() {
        assertDoesNotThrow(() -> none.checkNow(URI.create("https://203.0.113.10/rectify")));
        assertThrows(WebhookTargets.RefusedTarget.class, () -> none.checkNow(URI.create("https://no-such-host.invalid/hook")));
    }

    @Test
    void anOperatorAllowsHostsPortsAndBlocksExplicitly() {
        WebhookTargets allowing = new WebhookTargets(Optional.of(List.of("127.0.0.1:9999", "crm.internal", "10.20.0.0/16", " ")));
        assertDoesNotThrow(() -> allowing.checkNow(URI.create("http://127.0.0.1:9999/events")));
        assertThrows(WebhookTargets.RefusedTarget.class, () -> allowing.checkNow(URI.create("http://127.0.0.1:5432/")),
                "another port of an allowed host is not allowed");
        assertDoesNotThrow(() -> allowing.checkNow(URI.create("https://crm.internal/hook")));
        assertDoesNotThrow(() -> allowing.checkNow(URI.create("http://10.20.3.4/hook")));
        assertThrows(WebhookTargets.RefusedTarget.class, () -> allowing.checkNow(URI.create("http://10.21.0.1/hook")));
    }
}
