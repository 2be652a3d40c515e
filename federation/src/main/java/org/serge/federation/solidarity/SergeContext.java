package org.serge.federation.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.federation.actor.Contexts;

/**
 * Serge's JSON-LD namespace ({@value #NS}, prefix {@code serge}) and the @context of signed reports, calls and
 * pledges: ActivityStreams, Data Integrity v2 (for the FEP-8b32 proof), then Mastodon's terms and Serge's.
 * Extension properties are written as compact IRIs ({@code serge:employer}); the nested members of their values
 * are defined as terms of the namespace too.
 */
public final class SergeContext {

    public static final String NS = "https://w3id.org/serge/ns#";
    public static final String PREFIX = "serge:";
    public static final String DATA_INTEGRITY = "https://w3id.org/security/data-integrity/v2";

    private static final String[] NESTED = {"lei", "wikidata", "parent", "country", "scheme", "version", "code",
        "kind", "value", "unit", "currency", "basis", "payPeriod", "referenceDate", "periodStart", "periodEnd",
        "population", "sampleSize", "sourceType", "ilostat", "categories", "text", "verified", "local",
        "unorganised", "label", "amount", "payee", "target", "time", "place", "brands", "domains", "minPledges",
        "minNodes", "minCountries", "minMoney", "asks", "ask", "people", "visibility", "detail", "node", "endTime",
        "timezone"};

    private SergeContext() {
    }

    public static JsonArray context() {
        JsonObject terms = new JsonObject()
                .put("serge", NS)
                .put("sensitive", "as:sensitive")
                .put("Hashtag", "as:Hashtag")
                .put("toot", "http://joinmastodon.org/ns#")
                .put("votersCount", "toot:votersCount");
        for (String term : NESTED) {
            terms.put(term, PREFIX + term);
        }
        return new JsonArray().add(Contexts.ACTIVITY_STREAMS).add(DATA_INTEGRITY).add(terms);
    }

    public static String key(String name) {
        return PREFIX + name;
    }

    /** Whether a received object carries any Serge extension property. */
    public static boolean isSerge(JsonObject json) {
        return json != null && json.fieldNames().stream().anyMatch(f -> f.startsWith(PREFIX) || f.startsWith(NS));
    }

    /** A Serge property, by compact or full name. */
    public static Object get(JsonObject json, String name) {
        Object value = json.getValue(PREFIX + name);
        return value != null ? value : json.getValue(NS + name);
    }
}
