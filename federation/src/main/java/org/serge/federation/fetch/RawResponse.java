package org.serge.federation.fetch;

/**
 * A successful (2xx) answer after redirects: the URL it finally came from, its Content-Type header (may be null)
 * and the body, never over the cap.
 */
public record RawResponse(String requestedUrl, String finalUrl, int status, String contentType, byte[] body) {
}
