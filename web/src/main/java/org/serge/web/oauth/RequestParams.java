package org.serge.web.oauth;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.error.ServiceException;

/**
 * The parameters of a request however the client sent them: a JSON object, a form (urlencoded or multipart), or
 * only the query string (Ice Cubes posts that way). The body wins over the query string. Arrays may come as JSON
 * arrays or as Rails-style {@code name[]} repeats.
 */
public final class RequestParams {

    private final JsonObject json;
    private final MultiMap form;
    private final MultiMap query;

    private RequestParams(JsonObject json, MultiMap form, MultiMap query) {
        this.json = json;
        this.form = form;
        this.query = query;
    }

    /** Reads the parameters; a malformed JSON body is a 400. Needs a BodyHandler before it for bodies. */
    public static RequestParams of(RoutingContext ctx) {
        JsonObject json = null;
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                && ctx.body() != null && ctx.body().length() > 0) {
            try {
                json = ctx.body().asJsonObject();
            } catch (RuntimeException e) {
                throw ServiceException.badRequest("the body is not a valid JSON object");
            }
        }
        return new RequestParams(json, ctx.request().formAttributes(), ctx.queryParams());
    }

    /** The first value of a parameter, or null. */
    public String get(String name) {
        if (json != null && json.containsKey(name)) {
            Object value = json.getValue(name);
            if (value instanceof JsonArray array) {
                return array.isEmpty() || array.getValue(0) == null ? null : array.getValue(0).toString();
            }
            return value == null ? null : value.toString();
        }
        String value = first(form, name);
        return value != null ? value : first(query, name);
    }

    /** Every value of a parameter (name and name[]), from the first source that has any. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        if (json != null && (json.containsKey(name) || json.containsKey(name + "[]"))) {
            Object value = json.containsKey(name) ? json.getValue(name) : json.getValue(name + "[]");
            if (value instanceof JsonArray array) {
                array.forEach(item -> {
                    if (item != null) {
                        values.add(item.toString());
                    }
                });
            } else if (value != null) {
                values.add(value.toString());
            }
            return values;
        }
        for (MultiMap source : new MultiMap[] {form, query}) {
            if (source != null) {
                values.addAll(source.getAll(name));
                values.addAll(source.getAll(name + "[]"));
            }
            if (!values.isEmpty()) {
                return values;
            }
        }
        return values;
    }

    private static String first(MultiMap map, String name) {
        return map == null ? null : map.get(name);
    }
}
