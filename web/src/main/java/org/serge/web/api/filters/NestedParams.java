package org.serge.web.api.filters;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.serge.core.error.ServiceException;

/**
 * Rails' nested array parameters, such as {@code keywords_attributes}: a JSON array of objects (or an object of
 * them by index), or form and query fields {@code name[][field]} (a new entry starts when a field repeats) or
 * {@code name[0][field]}. The body wins over the query string.
 */
final class NestedParams {

    static final int MAX_ENTRIES = 200;
    private static final Pattern FIELD = Pattern.compile("\\[([0-9]{0,6})\\]\\[([a-z_]{1,40})\\]");

    private NestedParams() {
    }

    static List<Map<String, String>> of(RoutingContext ctx, String name) {
        JsonObject json = json(ctx);
        if (json != null) {
            return json.containsKey(name) ? fromJson(json.getValue(name)) : List.of();
        }
        List<Map<String, String>> form = fromFields(ctx.request().formAttributes(), name);
        return form.isEmpty() ? fromFields(ctx.queryParams(), name) : form;
    }

    private static JsonObject json(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json") || ctx.body() == null
                || ctx.body().length() == 0) {
            return null;
        }
        try {
            return ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw ServiceException.badRequest("the body is not a valid JSON object");
        }
    }

    private static List<Map<String, String>> fromJson(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(items::add);
        } else if (value instanceof JsonObject object) {
            object.forEach(entry -> items.add(entry.getValue()));
        } else if (value != null) {
            throw ServiceException.unprocessable("nested attributes must be an array of objects");
        }
        List<Map<String, String>> entries = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof JsonObject object)) {
                throw ServiceException.unprocessable("nested attributes must be an array of objects");
            }
            Map<String, String> entry = new LinkedHashMap<>();
            object.forEach(field -> entry.put(field.getKey(), field.getValue() == null ? null
                    : String.valueOf(field.getValue())));
            entries.add(entry);
        }
        return limited(entries);
    }

    private static List<Map<String, String>> fromFields(MultiMap fields, String name) {
        List<Map<String, String>> entries = new ArrayList<>();
        Map<String, Map<String, String>> indexed = new LinkedHashMap<>();
        Map<String, String> current = null;
        if (fields == null) {
            return entries;
        }
        for (Map.Entry<String, String> field : fields) {
            if (!field.getKey().startsWith(name + "[")) {
                continue;
            }
            Matcher m = FIELD.matcher(field.getKey().substring(name.length()));
            if (!m.matches()) {
                throw ServiceException.unprocessable("malformed parameter " + field.getKey());
            }
            String index = m.group(1);
            String key = m.group(2);
            if (index.isEmpty()) {
                if (current == null || current.containsKey(key)) {
                    current = new LinkedHashMap<>();
                    entries.add(current);
                }
                current.put(key, field.getValue());
            } else {
                indexed.computeIfAbsent(index, i -> {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entries.add(entry);
                    return entry;
                }).put(key, field.getValue());
            }
        }
        return limited(entries);
    }

    private static List<Map<String, String>> limited(List<Map<String, String>> entries) {
        if (entries.size() > MAX_ENTRIES) {
            throw ServiceException.unprocessable("too many nested attributes");
        }
        return entries;
    }
}
