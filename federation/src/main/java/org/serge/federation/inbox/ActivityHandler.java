package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.federation.vocab.Activity;

/**
 * Applies one type of activity. Anything it does not act on (an unknown target, a refused guard) succeeds and
 * changes nothing; a failed future means "try again later", except a ServiceException with a 4xx status, which
 * means "refused for good".
 */
public interface ActivityHandler {

    Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw);
}
