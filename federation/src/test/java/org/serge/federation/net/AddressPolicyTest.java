package org.serge.federation.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy production = AddressPolicy.production();
    private final AddressPolicy development = AddressPolicy.development();

    /** Literals only: getByName does no lookup for them. */
    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    /** An IPv6 address Java would otherwise turn into an IPv4 one (::ffff:a.b.c.d). */
    private static InetAddress mappedV6(String ipv4) throws Exception {
        byte[] mapped = AddressRange.ipv4Mapped(ip(ipv4).getAddress());
        return Inet6Address.getByAddress(null, mapped, -1);
    }

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, unspecified", "0.255.255.255, unspecified",
            "10.0.0.0, private", "10.255.255.255, private",
            "100.64.0.0, carrier-grade NAT", "100.127.255.255, carrier-grade NAT",
            "127.0.0.1, loopback", "127.255.255.254, loopback",
            "169.254.0.1, link-local", "169.254.169.254, link-local",
            "172.16.0.1, private", "172.31.255.255, private",
            "192.0.0.170, IETF protocol assignments",
            "192.0.2.1, documentation", "198.51.100.7, documentation", "203.0.113.255, documentation",
            "192.88.99.1, 6to4 relay anycast",
            "192.168.0.1, private", "192.168.255.255, private",
            "198.18.0.1, benchmarking", "198.19.255.255, benchmarking",
            "224.0.0.1, multicast", "239.255.255.250, multicast",
            "240.0.0.1, reserved", "255.255.255.255, broadcast"})
    void refusedIpv4(String address, String reason) throws Exception {
        assertFalse(production.isAllowed(ip(address)));
        assertTrue(production.refusal(ip(address)).orElseThrow().startsWith(reason), production.refusal(ip(address)).get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
            "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
            "192.0.1.1", "192.0.3.1", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0",
            "203.0.114.1", "223.255.255.255", "93.184.216.34"})
    void publicIpv4(String address) throws Exception {
        assertTrue(production.isAllowed(ip(address)), () -> production.refusal(uncheckedIp(address)).orElse(""));
    }

    @ParameterizedTest
    @CsvSource({
            "::, unspecified", "::1, loopback",
            "::7f00:1, IPv4-compatible", "::808:808, IPv4-compatible",
            "64:ff9b:1::1, local-use NAT64", "100::1, discard-only",
            "fc00::1, unique local", "fd12:3456:789a::1, unique local",
            "fe80::1, link-local", "febf:ffff::1, link-local", "fec0::1, site-local",
            "ff02::1, multicast", "ff0e::1, multicast",
            "2001:db8::1, documentation", "3fff::1, documentation", "3fff:fff::1, documentation",
            "2001::1, IETF protocol assignments", "2001:1ff::1, IETF protocol assignments",
            "1::1, not global unicast", "4000::1, not global unicast", "e000::1, not global unicast"})
    void refusedIpv6(String address, String reason) throws Exception {
        assertInstanceOf(Inet6Address.class, ip(address));
        assertFalse(production.isAllowed(ip(address)));
        assertTrue(production.refusal(ip(address)).orElseThrow().startsWith(reason), production.refusal(ip(address)).get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:200::1", "2600::", "3ffe::1",
            "3fff:1000::1"})
    void publicIpv6(String address) throws Exception {
        assertTrue(production.isAllowed(ip(address)), () -> production.refusal(uncheckedIp(address)).orElse(""));
    }

    @Test
    void ipv4MappedIsJudgedByItsIpv4() throws Exception {
        assertFalse(production.isAllowed(mappedV6("127.0.0.1")));
        assertFalse(production.isAllowed(mappedV6("10.1.2.3")));
        assertFalse(production.isAllowed(mappedV6("169.254.169.254")));
        assertTrue(production.refusal(mappedV6("192.168.1.1")).orElseThrow().startsWith("IPv4-mapped"));
        assertTrue(production.isAllowed(mappedV6("93.184.216.34")));
        // Java's own parser hands back the IPv4 address; it is judged the same
        assertFalse(production.isAllowed(ip("::ffff:127.0.0.1")));
    }

    @Test
    void nat64IsJudgedByItsIpv4() throws Exception {
        assertFalse(production.isAllowed(ip("64:ff9b::7f00:1")));
        assertFalse(production.isAllowed(ip("64:ff9b::a9fe:a9fe")));
        assertFalse(production.isAllowed(ip("64:ff9b::10.0.0.1")));
        assertTrue(production.refusal(ip("64:ff9b::c0a8:101")).orElseThrow().startsWith("NAT64"));
        assertTrue(production.isAllowed(ip("64:ff9b::808:808")));
    }

    @Test
    void sixToFourIsJudgedByItsIpv4() throws Exception {
        assertFalse(production.isAllowed(ip("2002:7f00:1::1")));
        assertFalse(production.isAllowed(ip("2002:c0a8:101::1")));
        assertFalse(production.isAllowed(ip("2002:a9fe:a9fe::")));
        assertFalse(production.isAllowed(ip("2002:0:0::1")));
        assertTrue(production.refusal(ip("2002:a00:1::1")).orElseThrow().startsWith("6to4"));
        assertTrue(production.isAllowed(ip("2002:808:808::1")));
    }

    @Test
    void developmentAllowsLoopbackOnly() throws Exception {
        assertTrue(development.allowsLoopback());
        assertFalse(production.allowsLoopback());
        assertTrue(development.isAllowed(ip("127.0.0.1")));
        assertTrue(development.isAllowed(ip("127.8.9.10")));
        assertTrue(development.isAllowed(ip("::1")));
        assertTrue(development.isAllowed(mappedV6("127.0.0.1")));
        assertTrue(development.isAllowed(ip("8.8.8.8")));
        for (String other : new String[] {"0.0.0.0", "::", "10.0.0.1", "192.168.1.1", "169.254.169.254", "fe80::1",
                "fc00::1", "100.64.0.1", "224.0.0.1", "::2"}) {
            assertFalse(development.isAllowed(ip(other)), other);
        }
    }

    @Test
    void reasonNamesTheRange() throws Exception {
        assertEquals("private (10.0.0.0/8)", production.refusal(ip("10.0.0.1")).orElseThrow());
        assertEquals("NAT64 (64:ff9b::/96) embedding loopback (127.0.0.0/8)",
                production.refusal(ip("64:ff9b::7f00:1")).orElseThrow());
    }

    private static InetAddress uncheckedIp(String literal) {
        try {
            return ip(literal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
