package org.serge.federation.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block of raw address bytes, with the reason an address in it is refused. */
record AddressRange(byte[] prefix, int bits, String reason) {

    /** "10.0.0.0/8" or "fc00::/7"; literals only, so no name lookup happens. */
    static AddressRange of(String cidr, String reason) {
        int slash = cidr.indexOf('/');
        try {
            String literal = cidr.substring(0, slash);
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && prefix.length == 4) {
                prefix = ipv4Mapped(prefix); // Java turns "::ffff:a.b.c.d" into an IPv4 address
            }
            return new AddressRange(prefix, Integer.parseInt(cidr.substring(slash + 1)), reason + " (" + cidr + ")");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }

    static byte[] ipv4Mapped(byte[] ipv4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, mapped, 12, 4);
        return mapped;
    }

    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[full] & mask) == (prefix[full] & mask);
    }
}
