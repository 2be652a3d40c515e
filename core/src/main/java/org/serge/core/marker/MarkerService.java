package org.serge.core.marker;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;

/** Reading and saving a member's markers. Only "home" and "notifications" exist; other names are ignored on read. */
public final class MarkerService {

    public static final Set<String> TIMELINES = Set.of("home", "notifications");

    private final MarkerRepository markers;

    public MarkerService(MarkerRepository markers) {
        this.markers = markers;
    }

    public Future<List<Marker>> get(Account member, Collection<String> timelines) {
        List<String> known = timelines.stream().filter(TIMELINES::contains).distinct().toList();
        return known.isEmpty() ? Future.succeededFuture(List.of()) : markers.find(member.id(), known);
    }

    /** Saves the given positions (timeline to last read id) and returns the markers as saved. */
    public Future<List<Marker>> save(Account member, Map<String, Long> positions) {
        if (positions.isEmpty()) {
            return Future.failedFuture(ServiceException.unprocessable("no marker given"));
        }
        for (String timeline : positions.keySet()) {
            if (!TIMELINES.contains(timeline)) {
                return Future.failedFuture(ServiceException.unprocessable("unknown timeline: " + timeline));
            }
        }
        List<Marker> saved = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (Map.Entry<String, Long> position : new LinkedHashMap<>(positions).entrySet()) {
            chain = chain.compose(v -> markers.save(member.id(), position.getKey(), position.getValue())
                    .map(marker -> {
                        saved.add(marker);
                        return null;
                    }));
        }
        return chain.map(saved);
    }
}
