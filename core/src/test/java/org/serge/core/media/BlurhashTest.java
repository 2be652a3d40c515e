package org.serge.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Hashes of synthetic images, compared with what the reference C encoder (woltapp/blurhash C/encode.c, which
 * Mastodon's Ruby gem wraps; run through Debian's python3-blurhash 1.1.4, {@code create_hash_from_pixels}) gives
 * for the very same pixels. The TypeScript encoder (npm blurhash 2.0.5) agrees on all but the gradient, where it
 * takes the largest AC value without its absolute value and so picks another scale ("LDH27b2}...").
 */
class BlurhashTest {

    private static int[] image(int width, int height, BiFunction<Integer, Integer, int[]> colour) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] rgb = colour.apply(x, y);
                pixels[y * width + x] = 0xFF000000 | (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
            }
        }
        return pixels;
    }

    private static int[] gradient(int x, int y) {
        return new int[] {(x * 8) & 255, (y * 10) & 255, ((x + y) * 4) & 255};
    }

    private static int[] waves(int x, int y) {
        return new int[] {(int) Math.floor(127.5 + 127.5 * Math.sin(x / 3.0)),
                (int) Math.floor(127.5 + 127.5 * Math.cos(y / 4.0)), (x * y) & 255};
    }

    @Test
    void matchesTheReferenceEncoder() {
        int[] gradient = image(32, 24, BlurhashTest::gradient);
        assertEquals("LxH27b2kwzX5mAWYjuf7gKfkfQfj", Blurhash.encode(gradient, 32, 24, 4, 3));
        assertEquals("00H27b", Blurhash.encode(gradient, 32, 24, 1, 1));
        int[] waves = image(40, 30, BlurhashTest::waves);
        assertEquals("V?IiEe$djq=F$2m-jYfRjcjvhRfkfSflfRpnj]fSj?jr", Blurhash.encode(waves, 40, 30, 5, 4));
        assertEquals("|?IiEe$djq=F$2BPSKX7Jkm-jYfRjcjva$a~f8a{hRfkfSflfRfifOfhfPpnj]fSj?jrbEa}fla~f4fSfSfOfPfSfSfOfN"
                        + "pVj]fPj=jvbIa_fhb0e.fSfOfRfSfOfPfTfOo_j[fOj]jrbEb0fha}fifQfPfSfNfSfOfRfR",
                Blurhash.encode(waves, 40, 30, 9, 9));
        int[] solid = image(8, 8, (x, y) -> new int[] {200, 100, 50});
        assertEquals("LNM|T9}XfQ}X}XsofQsofQfQfQfQ", Blurhash.encode(solid, 8, 8, 4, 3));
    }

    @Test
    void refusesImpossibleComponents() {
        assertThrows(IllegalArgumentException.class, () -> Blurhash.encode(new int[4], 2, 2, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Blurhash.encode(new int[4], 2, 2, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> Blurhash.encode(new int[0], 0, 0, 4, 3));
    }
}
