package org.serge.core.media;

/** An image Serge encoded itself from decoded pixels: no metadata from the upload survives in it. */
public record EncodedImage(byte[] bytes, ImageFormat format, int width, int height) {
}
