package org.serge.core.solidarity.stats;

import java.util.List;

/** Statistics over every report this node knows (local and remote), grouped by one dimension, keys sorted. */
public record Statistics(StatsDimension groupBy, List<StruggleStats> struggles, List<FigureStats> figures,
                         List<Provenance> provenance) {

    public Statistics {
        struggles = List.copyOf(struggles);
        figures = List.copyOf(figures);
        provenance = List.copyOf(provenance);
    }
}
