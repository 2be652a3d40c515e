package org.serge.core.solidarity.stats;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.solidarity.vocab.Vocabulary;

/**
 * SQL for statistics: one row per report with its employer, the ultimate parent of that employer (walked up
 * with path arrays, so a cycle ends the walk) and the reporting node.
 */
public final class StatsRepository {

    private final Pool pool;

    public StatsRepository(Pool pool) {
        this.pool = pool;
    }

    Future<List<StatsRow>> rows(Long employerId, String country, java.time.LocalDate from, java.time.LocalDate to) {
        String sql = "WITH RECURSIVE chain(start_id, id, parent_id, path) AS ("
                + " SELECT e.id, e.id, e.parent_id, ARRAY[e.id] FROM employers e"
                + "  WHERE e.id IN (SELECT employer_id FROM struggle_reports WHERE employer_id IS NOT NULL)"
                + " UNION ALL SELECT c.start_id, p.id, p.parent_id, c.path || p.id FROM chain c"
                + "  JOIN employers p ON p.id = c.parent_id WHERE NOT p.id = ANY(c.path)),"
                + " roots AS (SELECT DISTINCT ON (start_id) start_id, id AS root_id FROM chain"
                + "  ORDER BY start_id, array_length(path, 1) DESC),"
                + " grp(id) AS (SELECT $1::bigint WHERE $1::bigint IS NOT NULL"
                + "  UNION SELECT e.id FROM employers e JOIN grp ON e.parent_id = grp.id)"
                + " SELECT r.id, r.employer_id, e.legal_name, roots.root_id, re.legal_name AS root_name,"
                + " r.sector_scheme, r.sector_version, r.sector_code, r.country, r.start_date, r.end_date,"
                + " r.participants, r.struggle_status, r.outcome, r.action_type, CASE WHEN r.local THEN NULL"
                + " ELSE a.domain END AS node FROM struggle_reports r JOIN accounts a ON a.id = r.account_id"
                + " LEFT JOIN employers e ON e.id = r.employer_id LEFT JOIN roots ON roots.start_id = r.employer_id"
                + " LEFT JOIN employers re ON re.id = roots.root_id"
                + " WHERE ($1::bigint IS NULL OR r.employer_id IN (SELECT id FROM grp))"
                + " AND ($2::text IS NULL OR r.country = $2)"
                + " AND ($3::date IS NULL OR r.start_date >= $3) AND ($4::date IS NULL OR r.start_date <= $4)"
                + " ORDER BY r.id";
        return pool.preparedQuery(sql).execute(Tuple.of(employerId, country, from, to)).map(rows -> {
            List<StatsRow> out = new ArrayList<>();
            rows.forEach(row -> out.add(row(row)));
            return out;
        });
    }

    private static StatsRow row(Row row) {
        Sector sector = row.getString("sector_code") == null ? null
                : new Sector(row.getString("sector_scheme"), row.getString("sector_version"), row.getString("sector_code"));
        return new StatsRow(row.getLong("id"), row.getLong("employer_id"), row.getString("legal_name"),
                row.getLong("root_id"), row.getString("root_name"), sector, row.getString("country"),
                row.getLocalDate("start_date"), row.getLocalDate("end_date"), row.getInteger("participants"),
                Vocabulary.stored(StruggleStatus.class, row.getString("struggle_status")),
                Vocabulary.stored(Outcome.class, row.getString("outcome")),
                Vocabulary.stored(ActionType.class, row.getString("action_type")), row.getString("node"));
    }
}
