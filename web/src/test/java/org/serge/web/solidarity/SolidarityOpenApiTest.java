package org.serge.web.solidarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;
import org.yaml.snakeyaml.Yaml;

/** The served OpenAPI file is the one in the resources, and describes exactly the routes the module mounts. */
class SolidarityOpenApiTest {

    private static final String API = "/api/serge/v1";

    private static TestNode node;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        node = TestNode.start();
        anonymous = ApiClient.anonymous(node);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theOpenApiFileDescribesEveryRouteTheModuleMounts() throws Exception {
        HttpResponse<String> served = anonymous.get(API + "/openapi.yaml");
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("content-type").orElse("").startsWith("application/yaml"));
        String resource;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/serge-v1.yaml")) {
            resource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(resource, served.body());
        Map<String, Object> doc = new Yaml().load(served.body());
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3.0"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");

        Set<String> mounted = new TreeSet<>();
        Vertx vertx = Vertx.vertx();
        try {
            Router router = node.node().wiring().router(vertx);
            for (Route route : router.getRoutes()) {
                String path = route.getPath();
                // the operations routes under admin/ belong to DeliveryOps, not to this module
                if (path == null || !path.startsWith(API + "/") || path.startsWith(API + "/admin/")) {
                    continue;
                }
                String openApiPath = path.replaceAll(":(\\w+)", "{$1}");
                route.methods().forEach(m -> mounted.add(m.name().toLowerCase(Locale.ROOT) + " " + openApiPath));
            }
        } finally {
            vertx.close();
        }
        assertTrue(mounted.size() >= 17, mounted.toString());
        List<String> missing = new ArrayList<>();
        for (String route : mounted) {
            String[] parts = route.split(" ", 2);
            Map<String, Object> item = paths.get(parts[1]);
            if (item == null || !item.containsKey(parts[0])) {
                missing.add(route);
            }
        }
        assertEquals(List.of(), missing, "routes missing from the OpenAPI file");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(m -> documented.add(m + " " + path)));
        assertEquals(mounted, documented, "the OpenAPI file describes routes that are not mounted");

        // every $ref points at a component that exists
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/"), ref);
            Object at = doc;
            for (String part : ref.substring(2).split("/")) {
                assertTrue(at instanceof Map<?, ?> map && map.containsKey(part), "dangling " + ref);
                at = ((Map<?, ?>) at).get(part);
            }
        }
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    refs.add(String.valueOf(v));
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }
}
