package org.serge.web.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class NodeInfoTest {

    private static final Path SPEC = Path.of("../../shared/fixtures/spec");
    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String href(JsonArray links, String rel) {
        for (int i = 0; i < links.size(); i++) {
            if (rel.equals(links.getJsonObject(i).getString("rel"))) {
                return links.getJsonObject(i).getString("href");
            }
        }
        throw new AssertionError("no link " + rel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.1"})
    void documentIsValidAgainstTheOfficialSchema(String version) throws IOException {
        JsonArray links = Http.json(Http.get(node.url("/.well-known/nodeinfo"))).getJsonArray("links");
        String url = href(links, "http://nodeinfo.diaspora.software/ns/schema/" + version);
        HttpResponse<String> response = Http.get(url);
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("application/json"));

        ObjectMapper mapper = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(Files.readString(SPEC.resolve("nodeinfo-" + version + ".schema.json")));
        JsonNode document = mapper.readTree(response.body());
        Set<ValidationMessage> errors = schema.validate(document);
        assertTrue(errors.isEmpty(), errors.toString());

        JsonObject info = new JsonObject(response.body());
        assertEquals("serge", info.getJsonObject("software").getString("name"));
        assertEquals(2, info.getJsonObject("usage").getJsonObject("users").getInteger("total"));
        assertEquals(false, info.getBoolean("openRegistrations"));
    }

    @Test
    void discoveryLinksTheApplicationActor() {
        JsonArray links = Http.json(Http.get(node.url("/.well-known/nodeinfo"))).getJsonArray("links");
        assertEquals(node.url("/actor"), href(links, "https://www.w3.org/ns/activitystreams#Application"));
    }

    @Test
    void healthChecksTheDatabase() {
        HttpResponse<String> response = Http.get(node.url("/health"));
        assertEquals(200, response.statusCode());
        assertEquals("ok", Http.json(response).getString("status"));
    }
}
