package org.serge.core.solidarity.call;

import java.time.OffsetDateTime;
import java.util.List;

/** A solidarity call as submitted: an optional linked report, 1 to 10 asks, a deadline, an optional condition. */
public record NewCall(Long reportId, String title, String description, List<NewAsk> asks, OffsetDateTime deadline,
                      NewCondition condition, String language) {

    public NewCall {
        asks = asks == null ? List.of() : List.copyOf(asks);
    }
}
