package org.serge.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.serge.core.error.ServiceException;
import org.serge.testkit.TestImages;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor(MediaLimits.DEFAULTS);

    private static BufferedImage read(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static void assertColour(BufferedImage image, int x, int y, int r, int g, int b) {
        int rgb = image.getRGB(x, y);
        int tolerance = 40;
        String got = String.format("#%06x at %d,%d", rgb & 0xFFFFFF, x, y);
        assertTrue(Math.abs(((rgb >> 16) & 0xFF) - r) < tolerance, got);
        assertTrue(Math.abs(((rgb >> 8) & 0xFF) - g) < tolerance, got);
        assertTrue(Math.abs((rgb & 0xFF) - b) < tolerance, got);
    }

    @Test
    void detectsFormatsByTheirFirstBytesOnly() {
        assertEquals(ImageFormat.JPEG, ImageFormat.detect(TestImages.jpeg(4, 4)).orElseThrow());
        assertEquals(ImageFormat.PNG, ImageFormat.detect(TestImages.png(4, 4, false)).orElseThrow());
        assertEquals(ImageFormat.GIF, ImageFormat.detect(TestImages.gif(4, 4)).orElseThrow());
        assertEquals(ImageFormat.WEBP, ImageFormat.detect(TestImages.WEBP_LOSSY).orElseThrow());
        assertTrue(ImageFormat.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ImageFormat.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ImageFormat.detect(new byte[0]).isEmpty());
        assertTrue(ImageFormat.detect("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void reencodesEachFormatAndMakesAThumbnailAndBlurhash() throws Exception {
        ProcessedUpload jpeg = processor.process(TestImages.jpeg(1000, 500), null);
        assertEquals(ImageFormat.JPEG, jpeg.original().format());
        assertEquals(1000, jpeg.original().width());
        assertEquals(500, jpeg.original().height());
        assertEquals(640, jpeg.thumbnail().width());
        assertEquals(320, jpeg.thumbnail().height());
        BufferedImage thumbnail = read(jpeg.thumbnail().bytes());
        assertEquals(640, thumbnail.getWidth());
        assertColour(thumbnail, 100, 160, 255, 0, 0);
        assertColour(thumbnail, 540, 160, 0, 0, 255);
        assertEquals(6 + 2 * 15, jpeg.blurhash().length());

        ProcessedUpload png = processor.process(TestImages.png(30, 20, true), null);
        assertEquals(ImageFormat.PNG, png.original().format());
        assertEquals(ImageFormat.PNG, png.thumbnail().format());
        assertTrue(read(png.original().bytes()).getColorModel().hasAlpha());

        assertEquals(ImageFormat.PNG, processor.process(TestImages.gif(30, 20), null).original().format());
        ProcessedUpload webp = processor.process(TestImages.WEBP_LOSSY, null);
        assertEquals(ImageFormat.JPEG, webp.original().format());
        assertEquals(24, webp.original().width());
        assertEquals(16, webp.original().height());
        assertEquals(24, read(processor.process(TestImages.WEBP_LOSSLESS, null).original().bytes()).getWidth());
    }

    @Test
    void turnsPhotosUprightByTheirExifOrientation() throws Exception {
        // stored 40 wide, red left; orientation 6 means "rotate 90 degrees clockwise to display"
        ProcessedUpload rotated = processor.process(TestImages.jpegWithGps(40, 20, 6), null);
        assertEquals(20, rotated.original().width());
        assertEquals(40, rotated.original().height());
        BufferedImage upright = read(rotated.original().bytes());
        assertColour(upright, 10, 5, 255, 0, 0);
        assertColour(upright, 10, 35, 0, 0, 255);

        ProcessedUpload left = processor.process(TestImages.jpegWithGps(40, 20, 8), null);
        BufferedImage ccw = read(left.original().bytes());
        assertEquals(20, ccw.getWidth());
        assertColour(ccw, 10, 35, 255, 0, 0);
        assertColour(ccw, 10, 5, 0, 0, 255);

        BufferedImage flipped = read(processor.process(TestImages.jpegWithGps(40, 20, 3), null).original().bytes());
        assertEquals(40, flipped.getWidth());
        assertColour(flipped, 5, 10, 0, 0, 255);
    }

    @Test
    void dropsEveryPieceOfMetadata() {
        byte[] photo = TestImages.jpegWithGps(64, 48, 1);
        assertTrue(TestImages.contains(photo, "Exif"));
        assertTrue(TestImages.contains(photo, TestImages.CAMERA_MAKE));
        ProcessedUpload processed = processor.process(photo, photo);
        for (EncodedImage image : new EncodedImage[] {processed.original(), processed.thumbnail()}) {
            assertFalse(TestImages.contains(image.bytes(), "Exif"));
            assertFalse(TestImages.contains(image.bytes(), TestImages.CAMERA_MAKE));
            assertFalse(TestImages.contains(image.bytes(), TestImages.XMP_MARKER));
            assertFalse(TestImages.contains(image.bytes(), TestImages.COMMENT));
            assertEquals(1, ExifOrientation.of(image.bytes()));
        }
    }

    @Test
    void refusesWhatIsNotAnAcceptedImage() {
        ServiceException pdf = assertThrows(ServiceException.class, () -> processor.process(
                "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII), null));
        assertEquals(422, pdf.status());
        assertEquals(ImageProcessor.UNSUPPORTED, pdf.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(TestImages.png(100, 100, false), 40);
        assertEquals(422, assertThrows(ServiceException.class, () -> processor.process(truncated, null)).status());
        byte[] garbage = new byte[2000];
        System.arraycopy(TestImages.jpeg(8, 8), 0, garbage, 0, 4);
        assertEquals(422, assertThrows(ServiceException.class, () -> processor.process(garbage, null)).status());
    }

    @Test
    void refusesDecompressionBombsFromTheirHeader() {
        byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 1000);
        ServiceException refused = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ServiceException.class, () -> processor.process(bomb, null)));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
    }

    @Test
    void parsesFocus() {
        assertEquals(new Focus(0.5, -0.25), Focus.parse("0.5,-0.25"));
        assertEquals(new Focus(-1, 1), Focus.parse(" -1.0 , 1 "));
        for (String bad : new String[] {"", "1", "1,2", "a,b", "0.1,0.2,0.3", "NaN,0", "-1.5,0"}) {
            assertEquals(422, assertThrows(ServiceException.class, () -> Focus.parse(bad)).status(), bad);
        }
    }
}
