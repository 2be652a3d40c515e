package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.error.ServiceException;

/**
 * Strict reading of JSON request bodies: a malformed body is a 400, a value of the wrong type a 422 naming the
 * field, so bad input never reaches the services as a 500. Absent and null values read as null.
 */
final class JsonBody {

    private JsonBody() {
    }

    /** The body as a JSON object; an empty body is an empty object. */
    static JsonObject of(RoutingContext ctx) {
        if (ctx.body() == null || ctx.body().length() == 0) {
            return new JsonObject();
        }
        Object value;
        try {
            value = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw ServiceException.badRequest("the body is not a valid JSON object");
        }
        return value == null ? new JsonObject() : (JsonObject) value;
    }

    static String string(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw wrong(key, "a string");
        }
        return s;
    }

    static Integer integer(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = v instanceof Number n ? new BigDecimal(n.toString())
                    : v instanceof String s ? new BigDecimal(s.strip()) : null;
            if (d != null) {
                return d.intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the 422
        }
        throw wrong(key, "a whole number");
    }

    static BigDecimal decimal(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            if (v instanceof String s && s.strip().length() <= 40) {
                return new BigDecimal(s.strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the 422
        }
        throw wrong(key, "a number");
    }

    static boolean bool(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw wrong(key, "true or false");
        }
        return b;
    }

    static LocalDate date(JsonObject o, String key) {
        String s = string(o, key);
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw wrong(key, "a date (YYYY-MM-DD)");
        }
    }

    static OffsetDateTime dateTime(JsonObject o, String key) {
        String s = string(o, key);
        try {
            return s == null || s.isBlank() ? null : OffsetDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw wrong(key, "a date and time with an offset (RFC 3339)");
        }
    }

    static JsonObject object(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonObject j)) {
            throw wrong(key, "an object");
        }
        return j;
    }

    /** The array's objects; an absent array is empty. */
    static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        for (Object item : array(o, key)) {
            if (!(item instanceof JsonObject j)) {
                throw wrong(key, "an array of objects");
            }
            out.add(j);
        }
        return out;
    }

    /** The array's strings; an absent array is empty. */
    static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (Object item : array(o, key)) {
            if (!(item instanceof String s)) {
                throw wrong(key, "an array of strings");
            }
            out.add(s);
        }
        return out;
    }

    static JsonArray array(JsonObject o, String key) {
        Object v = o.getValue(key);
        if (v == null) {
            return new JsonArray();
        }
        if (!(v instanceof JsonArray a)) {
            throw wrong(key, "an array");
        }
        if (a.size() > 100) {
            throw ServiceException.unprocessable(key + " has too many entries");
        }
        return a;
    }

    private static ServiceException wrong(String key, String what) {
        return ServiceException.unprocessable(key + " must be " + what);
    }
}
