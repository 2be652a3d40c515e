package org.serge.core.solidarity.call;

import java.time.OffsetDateTime;

/**
 * A call received from another Serge node: the Question's id and page URL, the (already stored) remote author,
 * when it was published, its fields ({@code call.reportId} is this node's id of the linked report, if known),
 * the state its origin gives (wire name; null means open) and the ActivityPub object as JSON text (or null).
 */
public record RemoteCall(String uri, String url, long accountId, OffsetDateTime published, NewCall call, String state,
                         String apObject) {
}
