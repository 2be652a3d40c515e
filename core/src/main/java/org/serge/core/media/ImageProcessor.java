package org.serge.core.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.serge.core.error.ServiceException;

/**
 * Turns uploaded bytes into images Serge can serve. Blocking and CPU-heavy: run it on a worker thread.
 *
 * <p>The format comes from the file's first bytes; the dimensions are read from the header and checked against
 * the pixel limit before anything is decoded (decompression bombs); the pixels are then decoded, turned upright
 * by the EXIF orientation, copied into a plain sRGB raster and encoded afresh, so no EXIF, GPS, XMP, ICC profile,
 * comment or other chunk of the upload survives. JPEG stays JPEG and PNG stays PNG; GIF (its first frame) becomes
 * PNG, and WebP becomes PNG when it has transparency and JPEG otherwise, since the JDK cannot write WebP.
 */
public final class ImageProcessor {

    public static final String UNSUPPORTED = "Only JPEG, PNG, GIF and WebP images are accepted";
    public static final String UNREADABLE = "The image could not be read";

    private static final float JPEG_QUALITY = 0.9f;
    private static final int BLURHASH_SOURCE = 64;

    private final MediaLimits limits;

    public ImageProcessor(MediaLimits limits) {
        this.limits = limits;
    }

    /** Processes an upload and, when the client sent one, its own thumbnail (else null). 422 when refused. */
    public ProcessedUpload process(byte[] file, byte[] thumbnailFile) {
        BufferedImage image = decode(file);
        EncodedImage original = encode(image, outputFormat(ImageFormat.detect(file).orElseThrow(), image));
        BufferedImage small = thumbnailFile == null ? fit(image, limits.thumbnailSize())
                : fit(decode(thumbnailFile), limits.thumbnailSize());
        EncodedImage thumbnail = encode(small, small.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG);
        BufferedImage tiny = fit(image, BLURHASH_SOURCE);
        int[] pixels = tiny.getRGB(0, 0, tiny.getWidth(), tiny.getHeight(), null, 0, tiny.getWidth());
        String blurhash = Blurhash.encode(pixels, tiny.getWidth(), tiny.getHeight(), 4, 4);
        return new ProcessedUpload(original, thumbnail, blurhash);
    }

    /** Decodes an upload into an upright sRGB image (TYPE_INT_RGB, or TYPE_INT_ARGB when it has alpha). */
    BufferedImage decode(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw new ServiceException(422, "The file is larger than " + (limits.maxBytes() / (1024 * 1024))
                    + " MB");
        }
        ImageFormat format = ImageFormat.detect(bytes)
                .orElseThrow(() -> ServiceException.unprocessable(UNSUPPORTED));
        ImageReader reader = reader(format);
        BufferedImage decoded;
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw ServiceException.unprocessable(UNREADABLE);
            }
            if ((long) width * height > limits.maxPixels()) {
                throw ServiceException.unprocessable("The image is too large: at most " + limits.maxPixels()
                        + " pixels are accepted");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            decoded = reader.read(0, param);
        } catch (ServiceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ServiceException.unprocessable(UNREADABLE);
        } finally {
            reader.dispose();
        }
        int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        return orient(plain(decoded), orientation);
    }

    private static ImageReader reader(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static ImageFormat outputFormat(ImageFormat input, BufferedImage image) {
        return switch (input) {
            case JPEG -> ImageFormat.JPEG;
            case PNG, GIF -> ImageFormat.PNG;
            case WEBP -> image.getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
        };
    }

    /** A copy of the pixels in a plain sRGB raster: colour profiles are applied here and then forgotten. */
    private static BufferedImage plain(BufferedImage decoded) {
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage copy = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** Applies an EXIF orientation (1 to 8) to a TYPE_INT image, so that the result displays upright. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        BufferedImage result = new BufferedImage(dw, dh, image.getType());
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
        for (int dy = 0; dy < dh; dy++) {
            for (int dx = 0; dx < dw; dx++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - dx; sy = dy; }
                    case 3 -> { sx = w - 1 - dx; sy = h - 1 - dy; }
                    case 4 -> { sx = dx; sy = h - 1 - dy; }
                    case 5 -> { sx = dy; sy = dx; }
                    case 6 -> { sx = dy; sy = h - 1 - dx; }
                    case 7 -> { sx = w - 1 - dy; sy = h - 1 - dx; }
                    default -> { sx = w - 1 - dy; sy = dx; }
                }
                dst[dy * dw + dx] = src[sy * w + sx];
            }
        }
        return result;
    }

    /** Scales down (never up) to fit within a square, halving first for quality. */
    static BufferedImage fit(BufferedImage image, int box) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= box && h <= box) {
            return image;
        }
        double scale = Math.min((double) box / w, (double) box / h);
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = scale(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == targetW && current.getHeight() == targetH ? current
                : scale(current, targetW, targetH);
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, image.getType());
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    /** Encodes with no metadata at all: the writers add only what their format requires (JFIF, IHDR). */
    static EncodedImage encode(BufferedImage image, ImageFormat format) {
        if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
            throw new IllegalArgumentException("Serge writes JPEG and PNG only");
        }
        BufferedImage source = image;
        if (format == ImageFormat.JPEG && image.getColorModel().hasAlpha()) {
            source = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = source.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(source, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new EncodedImage(out.toByteArray(), format, source.getWidth(), source.getHeight());
    }
}
