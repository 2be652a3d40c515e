package org.serge.core.timeline;

import java.util.List;
import org.serge.core.status.Status;

/** The visible statuses above a status in its thread (oldest first) and below it (in id order). */
public record StatusContext(List<Status> ancestors, List<Status> descendants) {
}
