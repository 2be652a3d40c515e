package org.serge.core.solidarity.report;

import java.time.OffsetDateTime;

/**
 * A report received from another Serge node: the Article's id and page URL, the (already stored) remote author
 * account, when it was published, its structured fields, and the ActivityPub object as JSON text (or null).
 */
public record RemoteReport(String uri, String url, long accountId, OffsetDateTime published, NewReport report,
                           String apObject) {
}
