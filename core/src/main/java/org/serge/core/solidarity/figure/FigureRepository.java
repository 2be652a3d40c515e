package org.serge.core.solidarity.figure;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.solidarity.vocab.EarningsBasis;
import org.serge.core.solidarity.vocab.FigureKind;
import org.serge.core.solidarity.vocab.PayPeriod;
import org.serge.core.solidarity.vocab.SourceType;
import org.serge.core.solidarity.vocab.Vocabulary;
import org.serge.core.solidarity.vocab.WireNamed;

/** SQL over condition figures. */
public final class FigureRepository {

    static final String COLUMNS = "id, report_id, position, kind, value, unit, currency, basis, pay_period,"
            + " reference_date, period_start, period_end, population, sample_size, source_type";

    private final Pool pool;

    public FigureRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> insertAll(SqlClient tx, List<ConditionFigure> figures) {
        if (figures.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Tuple> batch = new ArrayList<>();
        for (ConditionFigure f : figures) {
            batch.add(Tuple.from(new Object[]{f.id(), f.reportId(), f.position(), f.kind().wireName(), f.value(),
                    f.unit(), f.currency(), wire(f.basis()), wire(f.payPeriod()), f.referenceDate(), f.periodStart(),
                    f.periodEnd(), f.population(), f.sampleSize(), f.sourceType().wireName()}));
        }
        return tx.preparedQuery("INSERT INTO condition_figures (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7,"
                + " $8, $9, $10, $11, $12, $13, $14, $15)").executeBatch(batch).mapEmpty();
    }

    public Future<List<ConditionFigure>> byReport(long reportId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM condition_figures WHERE report_id = $1 ORDER BY position")
                .execute(Tuple.of(reportId))
                .map(rows -> {
                    List<ConditionFigure> figures = new ArrayList<>();
                    rows.forEach(row -> figures.add(figure(row)));
                    return figures;
                });
    }

    /** The figures of several reports, by report then position. */
    public Future<List<ConditionFigure>> byReports(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM condition_figures WHERE report_id = ANY($1)"
                        + " ORDER BY report_id, position")
                .execute(Tuple.of(reportIds.toArray(new Long[0])))
                .map(rows -> {
                    List<ConditionFigure> figures = new ArrayList<>();
                    rows.forEach(row -> figures.add(figure(row)));
                    return figures;
                });
    }

    public static ConditionFigure figure(Row row) {
        return new ConditionFigure(row.getLong("id"), row.getLong("report_id"), row.getInteger("position"),
                Vocabulary.stored(FigureKind.class, row.getString("kind")), row.getBigDecimal("value"),
                row.getString("unit"), row.getString("currency"),
                Vocabulary.stored(EarningsBasis.class, row.getString("basis")),
                Vocabulary.stored(PayPeriod.class, row.getString("pay_period")), row.getLocalDate("reference_date"),
                row.getLocalDate("period_start"), row.getLocalDate("period_end"), row.getString("population"),
                row.getInteger("sample_size"), Vocabulary.stored(SourceType.class, row.getString("source_type")));
    }

    private static String wire(WireNamed word) {
        return word == null ? null : word.wireName();
    }
}
