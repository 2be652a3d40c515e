package org.serge.federation.outgoing;

import io.vertx.core.Future;
import java.util.List;
import org.serge.core.media.MediaAttachment;

/** The media attached to a local status, in order, for its ActivityPub object; {@link #NONE} knows of none. */
@FunctionalInterface
public interface StatusAttachments {

    StatusAttachments NONE = statusId -> Future.succeededFuture(List.of());

    Future<List<MediaAttachment>> of(long statusId);
}
