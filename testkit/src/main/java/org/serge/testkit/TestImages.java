package org.serge.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images for media tests, made here rather than shipped: JPEG, PNG and GIF drawn with ImageIO, a JPEG carrying
 * an Exif segment with GPS tags (written by hand, as a camera would), and headers that claim huge dimensions.
 */
public final class TestImages {

    /** A 24x16 lossy WebP (a colour gradient), made with libwebp's cwebp -q 80. */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRnAAAABXRUJQVlA4IGQAAAAQBACdASoYABAAPm0uk0Wk"
            + "IqGYBABABsS2AE6ZQjgbwAAwkuxjrwCCUAD+/GtQpVLapBuCXDOO3s//xzjRNhmW5hk733RFMzH45uSilmW/lV7IzArpWsVXTF+fsHfN"
            + "6fP4aAAA");
    /** The same gradient as a lossless WebP (cwebp -lossless). */
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRjoAAABXRUJQVlA4TC0AAAAvF8ADAAmAIAb8D5u"
            + "I6H9qARCE/20TEf1PgUjbpg7u3/Hg4SgMYEwAVQ/UfwIA");

    /** What the Exif and comment segments of {@link #jpegWithGps} carry, to look for in processed files. */
    public static final String CAMERA_MAKE = "SergeTestCam";
    public static final String COMMENT = "secret comment: taken at the picket line";
    public static final String XMP_MARKER = "x:xmpmeta";

    private TestImages() {
    }

    /** An image whose left half is red and right half blue (alpha: the right half half-transparent). */
    public static BufferedImage halves(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(alpha ? new Color(0, 0, 255, 128) : Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(halves(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return write(halves(width, height, alpha), "png");
    }

    public static byte[] gif(int width, int height) {
        return write(halves(width, height, false), "gif");
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: an Exif segment with the camera's make, the given orientation and a GPS IFD
     * (48°51'24" N, 2°21'12" E), an XMP segment and a comment.
     */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF/>"
                + "</x:xmpmeta>").getBytes(StandardCharsets.US_ASCII);
        byte[] comment = COMMENT.getBytes(StandardCharsets.US_ASCII);
        return insertAfterApp0(jpeg, segment(0xE1, exif(orientation)), segment(0xE1, xmp), segment(0xFE, comment));
    }

    /** The TIFF structure of an Exif segment: IFD0 (Make, Orientation, GPS pointer) and a GPS IFD. */
    private static byte[] exif(int orientation) {
        byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int makeAt = ifd0 + 2 + 3 * 12 + 4;
        int gpsAt = makeAt + make.length + (make.length % 2);
        int latitudeAt = gpsAt + 2 + 5 * 12 + 4;
        int longitudeAt = latitudeAt + 24;
        ByteBuffer tiff = ByteBuffer.allocate(6 + longitudeAt + 24); // big-endian, as "MM" says
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.put(make);
        if (make.length % 2 == 1) {
            tiff.put((byte) 0);
        }
        tiff.putShort((short) 5);
        tiff.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] {2, 3, 0, 0});
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 0x0002, 5, 3, latitudeAt);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(tiff, 0x0004, 5, 3, longitudeAt);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2400).putInt(100);
        tiff.putInt(2).putInt(1).putInt(21).putInt(1).putInt(1200).putInt(100);
        return tiff.array();
    }

    private static void entry(ByteBuffer out, int tag, int type, int count, int offset) {
        out.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return segment.array();
    }

    private static byte[] insertAfterApp0(byte[] jpeg, byte[]... segments) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** A PNG whose header claims the given size, with one tiny compressed row after it: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] compressed = new byte[256];
        int length = deflater.deflate(compressed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether the bytes contain the ASCII text anywhere. */
    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
