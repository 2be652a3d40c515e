package org.serge.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/** Base58 with the Bitcoin alphabet, as multibase 'z' (base58btc) uses it. */
public final class Base58 {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

    private Base58() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(FIFTY_EIGHT);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    public static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        int leadingZeros = 0;
        while (leadingZeros < text.length() && text.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not base58");
            }
            value = value.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        if (magnitude.length > 1 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
        }
        byte[] out = new byte[leadingZeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, leadingZeros, magnitude.length);
        return out;
    }
}
