package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.federation.solidarity.ReceivedEvents;
import org.serge.federation.vocab.Fixtures;

/**
 * Events as Gancio and Mobilizon send them (shared fixtures) go through the Create handler and are stored as
 * statuses whose text says when and where; Mobilizon's group events (attributed to the Group, sent by the
 * organiser) are taken when the organiser is the sender and of the same origin.
 */
class ReceivedEventTest extends HandlerTestBase {

    private static JsonObject fixture(String path) {
        return new JsonObject(new String(Fixtures.bytes(path), StandardCharsets.UTF_8));
    }

    @Test
    void aGancioEventIsStoredWithItsTimeAndPlace() {
        JsonObject create = fixture("gancio/activity-create_event.json");
        RemoteUser gancio = bed.remote(create.getString("actor"));
        bed.handle(gancio, create);
        Status status = bed.status("https://demo.gancio.org/federation/m/1").orElseThrow();
        assertEquals("Event", status.objectType());
        assertEquals("Demo event", status.title());
        assertEquals(Visibility.PUBLIC, status.visibility());
        assertTrue(status.content().contains("When: Wed 14 Jul 2021, 15:30 to 16:30 (UTC)"), status.content());
        assertTrue(status.content().contains("Where: Colosseo"), status.content());
    }

    @Test
    void aMobilizonGroupEventSentByItsOrganiserIsStored() {
        JsonObject event = fixture("mobilizon/object-event.json");
        RemoteUser organiser = bed.remote(event.getString("actor"));
        JsonObject create = new JsonObject().put("@context", event.getValue("@context"))
                .put("id", event.getString("id") + "/activity").put("type", "Create")
                .put("actor", organiser.uri()).put("to", event.getValue("to")).put("cc", event.getValue("cc"))
                .put("object", event.copy());
        bed.handle(organiser, create);
        Status status = bed.status(event.getString("id")).orElseThrow();
        assertEquals("Caledonian scottish dance class", status.title());
        assertTrue(status.content().contains("When: Sun 11 Dec 2022, 19:00 to 21:00 (Europe/London)"),
                status.content());
        assertTrue(status.content().contains("Where: The Kenn Centre, Devon Expressway, EX6 7TW, Teignbridge,"
                + " United Kingdom"), status.content());
        assertTrue(status.content().contains("posh ceilidh"));
    }

    @Test
    void aGroupEventFromAnotherSenderOrOriginIsIgnored() {
        JsonObject event = fixture("mobilizon/object-event.json").put("id", "https://rendezvous.nomagic.uk/events/x2");
        RemoteUser other = bed.remote("https://rendezvous.nomagic.uk/@someone_else");
        bed.handle(other, new JsonObject().put("id", event.getString("id") + "/activity").put("type", "Create")
                .put("actor", other.uri()).put("object", event.copy()));
        JsonObject foreign = fixture("mobilizon/object-event.json").put("id", "https://evil.example/events/x3")
                .put("actor", "https://evil.example/@mallory");
        RemoteUser mallory = bed.remote("https://evil.example/@mallory");
        bed.handle(mallory, new JsonObject().put("id", "https://evil.example/events/x3/activity").put("type", "Create")
                .put("actor", mallory.uri()).put("object", foreign));
        assertTrue(bed.status("https://rendezvous.nomagic.uk/events/x2").isEmpty());
        assertTrue(bed.status("https://evil.example/events/x3").isEmpty(), "attributed to a group of another origin");
    }

    @Test
    void oddTimesAndPlacesAreLeftOut() {
        assertEquals("", ReceivedEvents.html(new JsonObject().put("startTime", "soon").put("location", "here")));
        assertEquals("<p>When: Thu 1 Jan 2026, 10:00 (UTC) · Cancelled</p>", ReceivedEvents.html(new JsonObject()
                .put("startTime", "2026-01-01T10:00:00Z").put("endTime", "2025-01-01T10:00:00Z")
                .put("timezone", "Mars/Olympus").put("ical:status", "CANCELLED")));
        assertEquals("<p>Where: &lt;b&gt;Hall&lt;/b&gt;, Main St 1</p>", ReceivedEvents.html(new JsonObject()
                .put("location", new JsonObject().put("name", "<b>Hall</b>").put("address", "Main St 1"))));
    }
}
