package org.serge.core.solidarity.stats;

import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.figure.FigureRepository;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.solidarity.vocab.StruggleStatus;

/**
 * Statistics on struggles and conditions over every report this node holds, local and remote, with provenance.
 *
 * <p>Days not worked (BLS, ILO): participants x Monday-to-Friday days from start to end date, both included,
 * counted only for actions that stop work (strikes, lockouts, walkouts, sick-outs, occupations, sympathy and
 * general strikes) that took place (ongoing, suspended or ended) and whose start date, end date and participants
 * are all known; an ongoing struggle without an end date adds nothing until it has one. Public holidays are not
 * known and count as working days.
 *
 * <p>Figures are grouped by kind, unit, currency and gross/net, so medians never mix currencies or measures.
 * Reports without a value for the dimension fall in the group with the empty key.
 */
public final class StatsService {

    private final StatsRepository stats;
    private final FigureRepository figures;
    private final String ownDomain;

    public StatsService(StatsRepository stats, FigureRepository figures, String ownDomain) {
        this.stats = stats;
        this.figures = figures;
        this.ownDomain = ownDomain;
    }

    public Future<Statistics> statistics(StatsQuery query) {
        String country;
        try {
            if (query == null || query.groupBy() == null) {
                throw ServiceException.unprocessable("statistics need a dimension to group by");
            }
            country = Countries.check(query.country(), "country", false);
            if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
                throw ServiceException.unprocessable("the period ends before it starts");
            }
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return stats.rows(query.employerId(), country, query.from(), query.to())
                .compose(rows -> figures.byReports(rows.stream().map(StatsRow::reportId).toList())
                        .map(all -> aggregate(query.groupBy(), rows, all)));
    }

    private Statistics aggregate(StatsDimension dimension, List<StatsRow> rows, List<ConditionFigure> all) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<StatsRow>> groups = new TreeMap<>();
        Map<Long, String> keyOfReport = new java.util.HashMap<>();
        Map<Long, StatsRow> rowOfReport = new java.util.HashMap<>();
        for (StatsRow row : rows) {
            String[] keyAndLabel = key(dimension, row);
            labels.putIfAbsent(keyAndLabel[0], keyAndLabel[1]);
            groups.computeIfAbsent(keyAndLabel[0], k -> new ArrayList<>()).add(row);
            keyOfReport.put(row.reportId(), keyAndLabel[0]);
            rowOfReport.put(row.reportId(), row);
        }
        Map<String, List<ConditionFigure>> figuresByKey = all.stream()
                .collect(Collectors.groupingBy(f -> keyOfReport.get(f.reportId()), TreeMap::new, Collectors.toList()));

        List<StruggleStats> struggles = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        groups.forEach((key, members) -> {
            struggles.add(struggles(key, labels.get(key), members));
            Map<String, int[]> byNode = new TreeMap<>();
            members.forEach(r -> byNode.computeIfAbsent(node(r), n -> new int[2])[0]++);
            figuresByKey.getOrDefault(key, List.of())
                    .forEach(f -> byNode.computeIfAbsent(node(rowOfReport.get(f.reportId())), n -> new int[2])[1]++);
            byNode.forEach((node, counts) -> provenance.add(new Provenance(key, labels.get(key), node, counts[0],
                    counts[1])));
        });
        List<FigureStats> figureStats = new ArrayList<>();
        figuresByKey.forEach((key, list) -> {
            Map<List<String>, List<ConditionFigure>> series = list.stream().collect(Collectors.groupingBy(
                    f -> java.util.Arrays.asList(f.kind().wireName(), f.unit(), f.currency(),
                            f.basis() == null ? null : f.basis().wireName()),
                    () -> new TreeMap<>(StatsService::compareSeries),
                    Collectors.toList()));
            series.forEach((s, figs) -> {
                ConditionFigure first = figs.get(0);
                List<BigDecimal> values = figs.stream().map(ConditionFigure::value).toList();
                BigDecimal sum = first.kind().injuries() && "cases".equals(first.unit())
                        ? values.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
                figureStats.add(new FigureStats(key, labels.get(key), s.get(0), first.ilostatIndicator(), s.get(1),
                        s.get(2), s.get(3), figs.size(), Medians.of(values), sum));
            });
        });
        return new Statistics(dimension, struggles, figureStats, provenance);
    }

    private static StruggleStats struggles(String key, String label, List<StatsRow> members) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byAction = new TreeMap<>();
        long participants = 0;
        long daysNotWorked = 0;
        int withDays = 0;
        for (StatsRow r : members) {
            byStatus.merge(r.status().wireName(), 1, Integer::sum);
            if (r.outcome() != null) {
                byOutcome.merge(r.outcome().wireName(), 1, Integer::sum);
            }
            byAction.merge(r.actionType().wireName(), 1, Integer::sum);
            if (r.participants() != null) {
                participants += r.participants();
            }
            if (countsDaysNotWorked(r)) {
                daysNotWorked += r.participants() * WorkingDays.between(r.startDate(), r.endDate());
                withDays++;
            }
        }
        return new StruggleStats(key, label, members.size(), byStatus, byOutcome, byAction, participants,
                daysNotWorked, withDays);
    }

    static boolean countsDaysNotWorked(StatsRow r) {
        return r.actionType().stopsWork() && r.startDate() != null && r.endDate() != null && r.participants() != null
                && (r.status() == StruggleStatus.ONGOING || r.status() == StruggleStatus.SUSPENDED
                || r.status() == StruggleStatus.ENDED);
    }

    private String node(StatsRow r) {
        return r.node() == null ? ownDomain : r.node();
    }

    private static String[] key(StatsDimension dimension, StatsRow r) {
        return switch (dimension) {
            case EMPLOYER -> r.employerId() == null ? new String[]{"", ""}
                    : new String[]{String.valueOf(r.employerId()), r.employerName()};
            case PARENT_EMPLOYER -> r.rootId() == null ? new String[]{"", ""}
                    : new String[]{String.valueOf(r.rootId()), r.rootName()};
            case SECTOR -> r.sector() == null ? new String[]{"", ""}
                    : new String[]{r.sector().sectionKey(), r.sector().label()};
            case COUNTRY -> new String[]{r.country(), Countries.name(r.country())};
            case YEAR -> r.startDate() == null ? new String[]{"", ""}
                    : new String[]{String.valueOf(r.startDate().getYear()), String.valueOf(r.startDate().getYear())};
            case MONTH -> {
                String month = r.startDate() == null ? "" : r.startDate().toString().substring(0, 7);
                yield new String[]{month, month};
            }
        };
    }

    private static int compareSeries(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Objects.compare(a.get(i), b.get(i), java.util.Comparator.nullsFirst(String::compareTo));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
