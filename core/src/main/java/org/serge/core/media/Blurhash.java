package org.serge.core.media;

/**
 * The BlurHash encoder (https://blurha.sh), ported from woltapp's reference C encoder (which Mastodon uses
 * through its Ruby gem) so that hashes match it: a DCT of the image in linear light, the DC as 24-bit sRGB and
 * the AC components scaled by their largest absolute value and quantised to 19 levels, all in base 83. Alpha is
 * ignored, as the reference does.
 */
public final class Blurhash {

    private static final String CHARACTERS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0;
            LINEAR[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
    }

    private Blurhash() {
    }

    /**
     * Encodes packed (A)RGB pixels, row by row.
     *
     * @param componentsX 1 to 9 horizontal components
     * @param componentsY 1 to 9 vertical components
     */
    public static String encode(int[] argb, int width, int height, int componentsX, int componentsY) {
        if (componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9) {
            throw new IllegalArgumentException("components must be between 1 and 9");
        }
        if (width < 1 || height < 1 || argb.length < width * height) {
            throw new IllegalArgumentException("no pixels");
        }
        double[][] factors = new double[componentsX * componentsY][];
        for (int y = 0; y < componentsY; y++) {
            for (int x = 0; x < componentsX; x++) {
                double normalisation = x == 0 && y == 0 ? 1 : 2;
                factors[y * componentsX + x] = multiplyBasisFunction(argb, width, height, normalisation, x, y);
            }
        }
        StringBuilder hash = new StringBuilder();
        encode83(hash, (componentsX - 1) + (componentsY - 1) * 9, 1);
        double maximumValue;
        if (factors.length > 1) {
            double actualMaximum = 0;
            for (int i = 1; i < factors.length; i++) {
                for (double value : factors[i]) {
                    actualMaximum = Math.max(actualMaximum, Math.abs(value));
                }
            }
            int quantisedMaximum = (int) Math.floor(Math.max(0, Math.min(82, Math.floor(actualMaximum * 166 - 0.5))));
            maximumValue = (quantisedMaximum + 1) / 166.0;
            encode83(hash, quantisedMaximum, 1);
        } else {
            maximumValue = 1;
            encode83(hash, 0, 1);
        }
        double[] dc = factors[0];
        encode83(hash, (linearToSrgb(dc[0]) << 16) + (linearToSrgb(dc[1]) << 8) + linearToSrgb(dc[2]), 4);
        for (int i = 1; i < factors.length; i++) {
            encode83(hash, encodeAc(factors[i], maximumValue), 2);
        }
        return hash.toString();
    }

    private static double[] multiplyBasisFunction(int[] argb, int width, int height, double normalisation,
            int componentX, int componentY) {
        double[] cosX = new double[width];
        for (int i = 0; i < width; i++) {
            cosX[i] = Math.cos(Math.PI * componentX * i / width);
        }
        double[] cosY = new double[height];
        for (int j = 0; j < height; j++) {
            cosY[j] = Math.cos(Math.PI * componentY * j / height);
        }
        double r = 0;
        double g = 0;
        double b = 0;
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                double basis = normalisation * cosX[x] * cosY[y];
                int pixel = argb[y * width + x];
                r += basis * LINEAR[(pixel >> 16) & 0xFF];
                g += basis * LINEAR[(pixel >> 8) & 0xFF];
                b += basis * LINEAR[pixel & 0xFF];
            }
        }
        double scale = 1.0 / (width * height);
        return new double[] {r * scale, g * scale, b * scale};
    }

    private static int encodeAc(double[] value, double maximumValue) {
        int quantR = quantise(value[0] / maximumValue);
        int quantG = quantise(value[1] / maximumValue);
        int quantB = quantise(value[2] / maximumValue);
        return quantR * 19 * 19 + quantG * 19 + quantB;
    }

    private static int quantise(double value) {
        return (int) Math.floor(Math.max(0, Math.min(18, Math.floor(signPow(value, 0.5) * 9 + 9.5))));
    }

    private static double signPow(double value, double exponent) {
        return Math.copySign(Math.pow(Math.abs(value), exponent), value);
    }

    private static int linearToSrgb(double value) {
        double v = Math.max(0, Math.min(1, value));
        if (v <= 0.0031308) {
            return (int) (v * 12.92 * 255 + 0.5);
        }
        return (int) ((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static void encode83(StringBuilder out, int value, int length) {
        for (int i = 1; i <= length; i++) {
            int digit = (int) (Math.floor(value / Math.pow(83, length - i)) % 83);
            out.append(CHARACTERS.charAt(digit));
        }
    }
}
