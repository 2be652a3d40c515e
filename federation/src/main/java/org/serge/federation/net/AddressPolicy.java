package org.serge.federation.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which resolved addresses an outgoing request may connect to (rule 6, SSRF: CVE-2026-22245, CVE-2026-46348).
 * Check the address the connection will actually use, after resolution, and again at every redirect.
 *
 * <p>IPv4: refused are 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, the documentation
 * blocks, 192.88.99/24, 192.168/16, 198.18/15, multicast 224/4, reserved 240/4 and the broadcast address.
 * IPv6 is allowed only inside global unicast 2000::/3, and there not in 2001::/23 (protocol assignments,
 * Teredo), 2001:db8::/32 or 3fff::/20 (documentation). Addresses that carry an IPv4 address are judged by it:
 * IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16. IPv4-compatible ::a.b.c.d is deprecated
 * and refused outright, as is the local-use NAT64 block 64:ff9b:1::/48.
 *
 * <p>A development policy also lets loopback through (127/8, ::1), and nothing else.
 */
public final class AddressPolicy {

    private static final List<AddressRange> REFUSED_V4 = List.of(
            AddressRange.of("0.0.0.0/8", "unspecified"),
            AddressRange.of("10.0.0.0/8", "private"),
            AddressRange.of("100.64.0.0/10", "carrier-grade NAT"),
            AddressRange.of("169.254.0.0/16", "link-local"),
            AddressRange.of("172.16.0.0/12", "private"),
            AddressRange.of("192.0.0.0/24", "IETF protocol assignments"),
            AddressRange.of("192.0.2.0/24", "documentation"),
            AddressRange.of("192.88.99.0/24", "6to4 relay anycast"),
            AddressRange.of("192.168.0.0/16", "private"),
            AddressRange.of("198.18.0.0/15", "benchmarking"),
            AddressRange.of("198.51.100.0/24", "documentation"),
            AddressRange.of("203.0.113.0/24", "documentation"),
            AddressRange.of("224.0.0.0/4", "multicast"),
            AddressRange.of("255.255.255.255/32", "broadcast"),
            AddressRange.of("240.0.0.0/4", "reserved"));

    private static final AddressRange LOOPBACK_V4 = AddressRange.of("127.0.0.0/8", "loopback");
    private static final AddressRange LOOPBACK_V6 = AddressRange.of("::1/128", "loopback");

    private static final AddressRange MAPPED = AddressRange.of("::ffff:0:0/96", "IPv4-mapped");
    private static final AddressRange NAT64 = AddressRange.of("64:ff9b::/96", "NAT64");
    private static final AddressRange SIX_TO_FOUR = AddressRange.of("2002::/16", "6to4");
    private static final AddressRange GLOBAL_UNICAST = AddressRange.of("2000::/3", "global unicast");

    private static final List<AddressRange> REFUSED_V6 = List.of(
            AddressRange.of("::/128", "unspecified"),
            AddressRange.of("::/96", "IPv4-compatible (deprecated)"),
            AddressRange.of("64:ff9b:1::/48", "local-use NAT64"),
            AddressRange.of("100::/64", "discard-only"),
            AddressRange.of("fc00::/7", "unique local"),
            AddressRange.of("fe80::/10", "link-local"),
            AddressRange.of("fec0::/10", "site-local (deprecated)"),
            AddressRange.of("ff00::/8", "multicast"),
            AddressRange.of("2001:db8::/32", "documentation"),
            AddressRange.of("2001::/23", "IETF protocol assignments"),
            AddressRange.of("3fff::/20", "documentation"));

    private final boolean allowLoopback;

    private AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Public addresses only. */
    public static AddressPolicy production() {
        return new AddressPolicy(false);
    }

    /** Public addresses and loopback, for nodes started in explicit development mode. */
    public static AddressPolicy development() {
        return new AddressPolicy(true);
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    public boolean isAllowed(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /** Why the address is refused, or empty when a request may go there. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? refusalV4(bytes) : refusalV6(bytes);
    }

    private Optional<String> refusalV4(byte[] bytes) {
        if (LOOPBACK_V4.contains(bytes)) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK_V4.reason());
        }
        return firstMatch(REFUSED_V4, bytes);
    }

    private Optional<String> refusalV6(byte[] bytes) {
        if (LOOPBACK_V6.contains(bytes)) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK_V6.reason());
        }
        if (MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 12, 16), MAPPED.contains(bytes) ? MAPPED : NAT64);
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 2, 6), SIX_TO_FOUR);
        }
        Optional<String> refused = firstMatch(REFUSED_V6, bytes);
        if (refused.isPresent() || GLOBAL_UNICAST.contains(bytes)) {
            return refused;
        }
        return Optional.of("not global unicast (outside 2000::/3)");
    }

    private Optional<String> embedded(byte[] ipv4, AddressRange carrier) {
        return refusalV4(ipv4).map(reason -> carrier.reason() + " embedding " + reason);
    }

    private static Optional<String> firstMatch(List<AddressRange> ranges, byte[] bytes) {
        return ranges.stream().filter(r -> r.contains(bytes)).map(AddressRange::reason).findFirst();
    }
}
