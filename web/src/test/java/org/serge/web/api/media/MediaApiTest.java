package org.serge.web.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestImages;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class MediaApiTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static TestNode node;
    private static String alice;
    private static String bob;
    private static String aliceReadOnly;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
        alice = token("alice", "read write");
        bob = token("bob", "read write:media");
        aliceReadOnly = token("alice", "read");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String token(String username, String scopes) {
        Cli.Result result = Cli.run("admin", "create-token", username, "--scopes", scopes, "--database-url",
                node.db().url(), "--domain", node.domain(), "--dev");
        assertEquals(0, result.exitCode(), result.err());
        return result.lastLine();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String path, String token, Multipart body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    private static HttpResponse<String> upload(String path, String token, String filename, String type,
            byte[] bytes) {
        return post(path, token, new Multipart().file("file", filename, type, bytes));
    }

    private static JsonObject uploaded(String path, Multipart body) {
        HttpResponse<String> response = post(path, alice, body);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/json"));
        return Http.json(response);
    }

    private static HttpResponse<String> get(String path, String token) {
        return token == null ? Http.get(node.url(path)) : Http.get(node.url(path), "Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> put(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    /** Fetches a served file, checking the headers every media file must have. */
    private static byte[] served(String url, String contentType) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/activity+json, application/ld+json").GET().build());
        assertEquals(200, response.statusCode(), url);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertEquals(contentType, type);
        assertFalse(type.contains("activity") || type.contains("ld+json"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        return response.body();
    }

    private static long mediaRows() {
        return node.count("SELECT count(*) FROM media_attachments");
    }

    private static long storedFiles() {
        Path media = node.node().config().dataDir().resolve("media");
        if (!Files.exists(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("uploads")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefused(HttpResponse<String> response, int status, String messagePart) {
        assertEquals(status, response.statusCode(), response.body());
        String error = Http.json(response).getString("error");
        assertNotNull(error, response.body());
        assertTrue(error.toLowerCase().contains(messagePart.toLowerCase()), error);
    }

    @Test
    void uploadsEveryAcceptedTypeThroughV2AndV1() throws Exception {
        record Case(String path, String name, byte[] bytes, String sentType, String storedType, int w, int h) {
        }
        List<Case> cases = List.of(
                new Case("/api/v2/media", "photo.jpg", TestImages.jpeg(800, 600), "image/jpeg", "image/jpeg", 800, 600),
                new Case("/api/v1/media", "drawing.png", TestImages.png(300, 200, true), "image/png", "image/png", 300,
                        200),
                new Case("/api/v2/media", "anim.gif", TestImages.gif(64, 32), "image/gif", "image/png", 64, 32),
                new Case("/api/v2/media", "lossy.webp", TestImages.WEBP_LOSSY, "image/webp", "image/jpeg", 24, 16),
                new Case("/api/v1/media", "lossless.webp", TestImages.WEBP_LOSSLESS, "application/octet-stream",
                        "image/jpeg", 24, 16));
        for (Case c : cases) {
            JsonObject media = uploaded(c.path(), new Multipart().file("file", c.name(), c.sentType(), c.bytes())
                    .field("description", "A picket line, " + c.name()).field("focus", "0.25,-0.5"));
            assertTrue(media.getString("id").matches("\\d+"), media.encode());
            assertEquals("image", media.getString("type"));
            assertNull(media.getValue("remote_url"));
            assertTrue(media.containsKey("text_url") && media.getValue("text_url") == null);
            assertEquals("A picket line, " + c.name(), media.getString("description"));
            assertTrue(media.getString("blurhash").length() >= 28, media.encode());
            JsonObject original = media.getJsonObject("meta").getJsonObject("original");
            assertEquals(c.w(), original.getInteger("width"), c.name());
            assertEquals(c.h(), original.getInteger("height"));
            assertEquals(c.w() + "x" + c.h(), original.getString("size"));
            assertEquals((double) c.w() / c.h(), original.getDouble("aspect"), 1e-9);
            JsonObject small = media.getJsonObject("meta").getJsonObject("small");
            assertTrue(small.getInteger("width") <= 640 && small.getInteger("height") <= 640);
            assertEquals(0.25, media.getJsonObject("meta").getJsonObject("focus").getDouble("x"));
            assertEquals(-0.5, media.getJsonObject("meta").getJsonObject("focus").getDouble("y"));

            String url = media.getString("url");
            assertTrue(url.startsWith(node.baseUrl() + "/media/"), url);
            assertTrue(url.matches(".*/media/[0-9a-f]{32}\\.(jpg|png)"), url);
            assertFalse(url.contains(c.name().substring(0, c.name().indexOf('.'))));
            byte[] file = served(url, c.storedType());
            assertEquals(c.w(), ImageIO.read(new ByteArrayInputStream(file)).getWidth());
            byte[] preview = served(media.getString("preview_url"),
                    media.getString("preview_url").endsWith(".png") ? "image/png" : "image/jpeg");
            assertEquals(small.getInteger("width"), ImageIO.read(new ByteArrayInputStream(preview)).getWidth());
        }
        JsonObject large = uploaded("/api/v2/media", new Multipart().file("file", "big.jpg", "image/jpeg",
                TestImages.jpeg(1600, 800)));
        assertEquals(640, large.getJsonObject("meta").getJsonObject("small").getInteger("width"));
        assertEquals(320, large.getJsonObject("meta").getJsonObject("small").getInteger("height"));
        assertNull(large.getValue("description"));
        assertEquals(0.0, large.getJsonObject("meta").getJsonObject("focus").getDouble("x"));
    }

    @Test
    void photosLoseTheirExifGpsXmpAndComments() throws Exception {
        byte[] photo = TestImages.jpegWithGps(320, 240, 1);
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            assertEquals(1, JPEGSegmentUtil.readSegments(in, 0xFFE1, "Exif").size(), "the test photo has Exif");
        }
        assertTrue(TestImages.contains(photo, TestImages.CAMERA_MAKE));

        JsonObject media = uploaded("/api/v2/media", new Multipart()
                .file("file", "IMG_0001.jpg", "image/jpeg", photo)
                .file("thumbnail", "thumb.jpg", "image/jpeg", TestImages.jpegWithGps(64, 48, 1)));
        for (String url : List.of(media.getString("url"), media.getString("preview_url"))) {
            byte[] stored = served(url, "image/jpeg");
            for (String needle : List.of("Exif", "GPS", TestImages.CAMERA_MAKE, TestImages.XMP_MARKER,
                    TestImages.COMMENT, "http://ns.adobe.com")) {
                assertFalse(TestImages.contains(stored, needle), needle + " survived in " + url);
            }
            try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(stored))) {
                List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.ALL_SEGMENTS);
                for (JPEGSegment segment : segments) {
                    int marker = segment.marker();
                    boolean appOrComment = (marker >= 0xFFE1 && marker <= 0xFFEF) || marker == 0xFFFE;
                    assertFalse(appOrComment, "metadata segment " + Integer.toHexString(marker) + " in " + url);
                }
            }
            javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(stored))) {
                reader.setInput(in);
                String tree = dump((org.w3c.dom.Node) reader.getImageMetadata(0)
                        .getAsTree("javax_imageio_jpeg_image_1.0"));
                assertFalse(tree.contains("unknown") || tree.contains("com "), tree);
            } finally {
                reader.dispose();
            }
        }
        // the stored original on disk is exactly what is served
        String key = media.getString("url").substring(media.getString("url").lastIndexOf('/') + 1);
        Path onDisk = node.node().config().dataDir().resolve("media").resolve(key.substring(0, 2)).resolve(key);
        assertFalse(TestImages.contains(Files.readAllBytes(onDisk), "Exif"));
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder out = new StringBuilder(node.getNodeName()).append(' ');
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            out.append(dump(child));
        }
        return out.toString();
    }

    @Test
    void filesAreJudgedByTheirBytesNotTheirNameOrType() {
        long rows = mediaRows();
        long files = storedFiles();
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused(upload("/api/v2/media", alice, "photo.jpg", "image/jpeg", pdf), 422, "JPEG");
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload("/api/v2/media", alice, "cat.png", "image/png", html), 422, "JPEG");
        assertRefused(upload("/api/v1/media", alice, "cat.gif", "image/gif", html), 422, "JPEG");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload("/api/v2/media", alice, "x.svg", "image/svg+xml", svg), 422, "JPEG");
        byte[] broken = java.util.Arrays.copyOf(TestImages.png(200, 200, false), 60);
        assertRefused(upload("/api/v2/media", alice, "broken.png", "image/png", broken), 422, "could not be read");
        assertRefused(post("/api/v2/media", alice, new Multipart().field("description", "no file")), 422, "file");
        assertRefused(post("/api/v2/media", alice, new Multipart()
                .file("file", "a.jpg", "image/jpeg", TestImages.jpeg(10, 10)).field("focus", "2,0")), 422, "focus");
        assertRefused(post("/api/v2/media", alice, new Multipart()
                .file("file", "a.jpg", "image/jpeg", TestImages.jpeg(10, 10))
                .field("description", "x".repeat(1501))), 422, "description");
        assertEquals(rows, mediaRows());
        assertEquals(files, storedFiles());
    }

    @Test
    void oversizedFilesAndDecompressionBombsAreRefused() {
        long rows = mediaRows();
        long files = storedFiles();
        // over the file limit but within the body limit: read, then refused with a message
        byte[] seventeenMegabytes = new byte[17 * 1024 * 1024];
        byte[] jpeg = TestImages.jpeg(10, 10);
        System.arraycopy(jpeg, 0, seventeenMegabytes, 0, jpeg.length);
        assertRefused(upload("/api/v2/media", alice, "huge.jpg", "image/jpeg", seventeenMegabytes), 422, "16 MB");

        // over the body limit: refused from its Content-Length, before a byte of it is read
        assertTrue(statusLineOfDeclaredUpload(20 * 1024 * 1024).startsWith("HTTP/1.1 413"));

        long startedAt = System.nanoTime();
        HttpResponse<String> bomb = upload("/api/v2/media", alice, "bomb.png", "image/png",
                TestImages.pngClaiming(100_000, 100_000));
        assertRefused(bomb, 422, "too large");
        assertTrue(Duration.ofNanos(System.nanoTime() - startedAt).toMillis() < 3000, "the bomb was not refused fast");
        assertEquals(rows, mediaRows());
        assertEquals(files, storedFiles());
    }

    /**
     * Sends the head of an upload that declares the given length, and none of its body (bytes the server never reads
     * would make its close a reset, which can reach the client before the answer); the status line.
     */
    private static String statusLineOfDeclaredUpload(int length) {
        java.net.URI base = URI.create(node.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v2/media HTTP/1.1\r\nHost: " + node.domain() + "\r\nAuthorization: Bearer "
                    + alice + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = reader.readLine();
            String line;
            do {
                line = reader.readLine(); // the rest, until the server closes the connection
            } while (line != null);
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void getAndPutAreForTheOwnerOnly() {
        JsonObject media = uploaded("/api/v2/media", new Multipart()
                .file("file", "a.png", "image/png", TestImages.png(40, 30, false)).field("description", "first"));
        String path = "/api/v1/media/" + media.getString("id");

        HttpResponse<String> shown = get(path, alice);
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals(media, Http.json(shown));

        HttpResponse<String> updated = put(path, alice, "{\"description\":\"A banner\",\"focus\":\"-0.5,0.75\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("A banner", Http.json(updated).getString("description"));
        assertEquals(-0.5, Http.json(updated).getJsonObject("meta").getJsonObject("focus").getDouble("x"));
        assertEquals(0.75, Http.json(updated).getJsonObject("meta").getJsonObject("focus").getDouble("y"));
        assertEquals("A banner", Http.json(get(path, alice)).getString("description"));

        HttpResponse<String> multipartPut = Http.send(HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Authorization", "Bearer " + alice)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("description=Banner%20at%20the%20gate")).build());
        assertEquals(200, multipartPut.statusCode(), multipartPut.body());
        assertEquals("Banner at the gate", Http.json(multipartPut).getString("description"));
        assertEquals(-0.5, Http.json(multipartPut).getJsonObject("meta").getJsonObject("focus").getDouble("x"));

        assertRefused(put(path, alice, "{\"focus\":\"left\"}"), 422, "focus");
        assertRefused(get(path, bob), 404, "not found");
        assertRefused(put(path, bob, "{\"description\":\"mine now\"}"), 404, "not found");
        assertEquals("Banner at the gate", Http.json(get(path, alice)).getString("description"));
        assertRefused(get("/api/v1/media/123456789", alice), 404, "not found");
        assertRefused(get("/api/v1/media/not-a-number", alice), 404, "not found");
    }

    @Test
    void tokensAndScopesAreEnforced() {
        long rows = mediaRows();
        byte[] png = TestImages.png(10, 10, false);
        assertEquals(401, upload("/api/v2/media", null, "a.png", "image/png", png).statusCode());
        assertEquals(401, upload("/api/v1/media", "not-a-token", "a.png", "image/png", png).statusCode());
        assertRefused(upload("/api/v2/media", aliceReadOnly, "a.png", "image/png", png), 403, "scope");
        assertRefused(upload("/api/v1/media", aliceReadOnly, "a.png", "image/png", png), 403, "scope");
        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(png, 0, large, 0, png.length);
        assertEquals(401, upload("/api/v2/media", "not-a-token", "large.png", "image/png", large).statusCode());
        assertEquals(403, upload("/api/v2/media", aliceReadOnly, "large.png", "image/png", large).statusCode());
        assertEquals(rows, mediaRows());

        JsonObject media = uploaded("/api/v2/media", new Multipart().file("file", "a.png", "image/png", png));
        String path = "/api/v1/media/" + media.getString("id");
        assertEquals(401, get(path, null).statusCode());
        assertEquals(403, get(path, aliceReadOnly).statusCode());
        assertEquals(401, put(path, null, "{}").statusCode());
        assertEquals(403, put(path, aliceReadOnly, "{}").statusCode());
        // bob's token has only write:media among the write scopes: enough
        assertEquals(200, upload("/api/v2/media", bob, "b.png", "image/png", png).statusCode());
    }

    @Test
    void onlyWellFormedKeysAreServed() {
        JsonObject media = uploaded("/api/v2/media", new Multipart()
                .file("file", "a.png", "image/png", TestImages.png(10, 10, false)));
        String key = media.getString("url").substring(media.getString("url").lastIndexOf('/') + 1);
        for (String bad : List.of("../../etc/passwd", "..%2F..%2Fpostgres%2Fpostgresql.conf", key.toUpperCase(),
                key.replace(".png", ".html"), key.replace(".png", ".jpg"), key + ".png", "uploads",
                "0000000000000000000000000000000.png")) {
            HttpResponse<String> response = Http.get(node.url("/media/" + bad));
            assertEquals(404, response.statusCode(), bad);
            assertFalse(Http.contentType(response).startsWith("image/"), bad);
        }
        assertEquals(404, Http.get(node.url("/media/" + "0".repeat(32) + ".png")).statusCode());
    }
}
