package org.serge.federation.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.vocab.AskType;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.core.text.HtmlEscape;
import org.serge.federation.actor.Contexts;
import org.serge.federation.outgoing.Addressing;
import org.serge.federation.outgoing.WireDates;

/**
 * An action with a time and place, an attend ask of a call, as an ActivityStreams {@code Event} (FEP-8a8e) that
 * Mobilizon and Gancio read: {@code name}, {@code content}, {@code startTime}, {@code endTime},
 * {@code location} (a {@code Place} with a {@code PostalAddress}), {@code timezone}, {@code joinMode}
 * {@code external} (one joins by pledging to the call, at {@code externalParticipationUrl}), {@code ical:status}
 * (TENTATIVE while a conditional call is open, CONFIRMED once met or when unconditional, CANCELLED when the call
 * is cancelled or expired). Its id is {@code QUESTION/events/ASK}; it is public like its call. Pure: no I/O.
 */
public final class ActionEvents {

    private ActionEvents() {
    }

    public static String id(String callUri, int ask) {
        return callUri + "/events/" + ask;
    }

    /** The asks of a call that are actions with a time and place. */
    public static List<Ask> actions(SolidarityCall call) {
        List<Ask> out = new ArrayList<>();
        for (Ask a : call.asks()) {
            if (a.type() == AskType.ATTEND && a.time() != null && a.place() != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The unsigned Event of an attend ask; {@code callUrl} is the call's page. */
    public static JsonObject event(SolidarityCall call, Ask ask, String authorId, String authorFollowers,
                                   String callUrl) {
        String description = ask.text() != null && !ask.text().isBlank() ? ask.text() : call.description();
        StringBuilder content = new StringBuilder();
        if (description != null && !description.isBlank()) {
            content.append("<p>").append(HtmlEscape.escape(description)).append("</p>");
        }
        content.append("<p>Part of the solidarity call <a href=\"").append(HtmlEscape.escape(callUrl)).append("\">")
                .append(HtmlEscape.escape(call.title())).append("</a>: pledge there to take part.</p>");
        JsonObject event = new JsonObject()
                .put("@context", context())
                .put("id", id(call.uri(), ask.index()))
                .put("type", "Event")
                .put("attributedTo", authorId)
                .put("name", call.title() + ": " + ask.label())
                .put("content", content.toString())
                .put("mediaType", "text/html")
                .put("url", callUrl)
                .put("published", WireDates.format(call.createdAt()))
                .put("startTime", WireDates.format(ask.time()))
                .put("location", new JsonObject().put("type", "Place").put("name", ask.place())
                        .put("address", new JsonObject().put("type", "PostalAddress")
                                .put("streetAddress", ask.place())))
                .put("joinMode", "external")
                .put("externalParticipationUrl", callUrl)
                .put("ical:status", status(call))
                .put("commentsEnabled", true)
                .put("repliesModerationOption", "allow_all")
                .put("anonymousParticipationEnabled", false)
                .put("isOnline", false)
                .put("draft", false)
                .put("to", new JsonArray().add(Addressing.PUBLIC))
                .put("cc", new JsonArray().add(authorFollowers))
                .put(SergeContext.key("call"), call.uri())
                .put(SergeContext.key("ask"), ask.index());
        if (ask.endTime() != null) {
            event.put("endTime", WireDates.format(ask.endTime()));
        }
        if (ask.timezone() != null) {
            event.put("timezone", ask.timezone());
        }
        return event;
    }

    static String status(SolidarityCall call) {
        if (call.state() == CallState.CANCELLED || call.state() == CallState.EXPIRED) {
            return "CANCELLED";
        }
        return call.state() == CallState.OPEN && call.condition() != null ? "TENTATIVE" : "CONFIRMED";
    }

    /** ActivityStreams, Data Integrity, and Mobilizon's, schema.org's and iCalendar's terms as Mobilizon sends them. */
    static JsonArray context() {
        JsonObject terms = new JsonObject()
                .put("sc", "http://schema.org#")
                .put("mz", "https://joinmobilizon.org/ns#")
                .put("ical", "http://www.w3.org/2002/12/cal/ical#")
                .put("pt", "https://joinpeertube.org/ns#")
                .put("serge", SergeContext.NS)
                .put("timezone", new JsonObject().put("@id", "mz:timezone").put("@type", "sc:Text"))
                .put("joinMode", new JsonObject().put("@id", "mz:joinMode").put("@type", "mz:joinModeType"))
                .put("externalParticipationUrl", new JsonObject().put("@id", "mz:externalParticipationUrl")
                        .put("@type", "sc:URL"))
                .put("isOnline", new JsonObject().put("@id", "mz:isOnline").put("@type", "sc:Boolean"))
                .put("anonymousParticipationEnabled", new JsonObject().put("@id", "mz:anonymousParticipationEnabled")
                        .put("@type", "sc:Boolean"))
                .put("repliesModerationOption", new JsonObject().put("@id", "mz:repliesModerationOption")
                        .put("@type", "mz:repliesModerationOptionType"))
                .put("commentsEnabled", new JsonObject().put("@id", "pt:commentsEnabled").put("@type", "sc:Boolean"))
                .put("PostalAddress", "sc:PostalAddress")
                .put("address", new JsonObject().put("@id", "sc:address").put("@type", "sc:PostalAddress"))
                .put("streetAddress", "sc:streetAddress")
                .put("draft", "mz:draft");
        return new JsonArray().add(Contexts.ACTIVITY_STREAMS).add(SergeContext.DATA_INTEGRITY).add(terms);
    }
}
