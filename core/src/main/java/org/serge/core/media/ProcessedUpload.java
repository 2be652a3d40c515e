package org.serge.core.media;

/** What an upload becomes: the re-encoded original, its thumbnail and its blurhash. */
public record ProcessedUpload(EncodedImage original, EncodedImage thumbnail, String blurhash) {
}
