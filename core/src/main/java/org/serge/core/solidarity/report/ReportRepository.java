package org.serge.core.solidarity.report;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Authorisation;
import org.serge.core.solidarity.vocab.DemandCategory;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.solidarity.vocab.Vocabulary;
import org.serge.core.solidarity.vocab.WireNamed;

/** SQL over struggle reports and their status history (figures: {@code FigureRepository}). */
public final class ReportRepository {

    private static final String SELECT = "SELECT r.id, r.status_id, r.account_id, r.local, r.uri, r.title, r.summary,"
            + " r.body_source, r.body_html, r.organisations::text AS organisations_json, r.sector_scheme,"
            + " r.sector_version, r.sector_code, r.country, r.region, r.locality, r.sites, r.action_type,"
            + " r.authorisation, r.struggle_status, r.outcome, r.start_date, r.end_date, r.participants,"
            + " r.demand_categories, r.demands_text, r.sources::text AS sources_json, r.language, r.created_at,"
            + " r.updated_at, e.id AS e_id, e.legal_name AS e_legal_name, e.aliases AS e_aliases,"
            + " e.parent_id AS e_parent_id, e.wikidata_id AS e_wikidata_id, e.lei AS e_lei, e.country AS e_country"
            + " FROM struggle_reports r LEFT JOIN employers e ON e.id = r.employer_id ";

    private final Pool pool;

    public ReportRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> insert(SqlClient tx, StruggleReport r) {
        Sector s = r.sector();
        return tx.preparedQuery("INSERT INTO struggle_reports (id, status_id, account_id, local, uri, title, summary,"
                        + " body_source, body_html, employer_id, organisations, sector_scheme, sector_version,"
                        + " sector_code, country, region, locality, sites, action_type, authorisation, struggle_status,"
                        + " outcome, start_date, end_date, participants, demand_categories, demands_text, sources,"
                        + " language, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
                        + " $11::text::jsonb, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,"
                        + " $26, $27, $28::text::jsonb, $29, $30, $31)")
                .execute(Tuple.from(new Object[]{r.id(), r.statusId(), r.accountId(), r.local(), r.uri(), r.title(),
                        r.summary(), r.bodySource(), r.bodyHtml(), r.employer() == null ? null : r.employer().id(),
                        organisationsJson(r.organisations()), s == null ? null : s.scheme(),
                        s == null ? null : s.version(), s == null ? null : s.code(), r.country(), r.region(),
                        r.locality(), r.sites(), r.actionType().wireName(), r.authorisation().wireName(),
                        r.status().wireName(), wire(r.outcome()), r.startDate(), r.endDate(), r.participants(),
                        r.demandCategories().stream().map(DemandCategory::wireName).toArray(String[]::new),
                        r.demandsText(), sourcesJson(r.sources()), r.language(), r.createdAt(), r.updatedAt()}))
                .mapEmpty();
    }

    public Future<Optional<StruggleReport>> findById(SqlClient client, long id) {
        return client.preparedQuery(SELECT + "WHERE r.id = $1").execute(Tuple.of(id)).map(ReportRepository::first);
    }

    public Future<Optional<StruggleReport>> findById(long id) {
        return findById(pool, id);
    }

    public Future<Optional<StruggleReport>> findByUri(String uri) {
        return pool.preparedQuery(SELECT + "WHERE r.uri = $1").execute(Tuple.of(uri)).map(ReportRepository::first);
    }

    public Future<Optional<StruggleReport>> findByStatusId(long statusId) {
        return pool.preparedQuery(SELECT + "WHERE r.status_id = $1").execute(Tuple.of(statusId))
                .map(ReportRepository::first);
    }

    public Future<List<StruggleReport>> findByStatusIds(List<Long> statusIds) {
        return pool.preparedQuery(SELECT + "WHERE r.status_id = ANY($1)")
                .execute(Tuple.of(statusIds.toArray(new Long[0])))
                .map(rows -> {
                    List<StruggleReport> found = new ArrayList<>();
                    rows.forEach(row -> found.add(report(row)));
                    return found;
                });
    }

    /** Locks the report's row for a status change. */
    public Future<Optional<StruggleReport>> lock(SqlClient tx, long id) {
        return tx.preparedQuery(SELECT + "WHERE r.id = $1 FOR UPDATE OF r").execute(Tuple.of(id))
                .map(ReportRepository::first);
    }

    public Future<Void> updateStatus(SqlClient tx, long id, StruggleStatus status, Outcome outcome,
                                     java.time.LocalDate endDate, OffsetDateTime at) {
        return tx.preparedQuery("UPDATE struggle_reports SET struggle_status = $2, outcome = $3, end_date = $4,"
                        + " updated_at = $5 WHERE id = $1")
                .execute(Tuple.of(id, status.wireName(), wire(outcome), endDate, at)).mapEmpty();
    }

    /** Rewrites the readable text of the report's status after a change (an edit, as Mastodon shows it). */
    public Future<Void> updateStatusText(SqlClient tx, long statusId, ReportText text, OffsetDateTime at) {
        return tx.preparedQuery("UPDATE statuses SET content = $2, source_text = $3, edited_at = $4 WHERE id = $1")
                .execute(Tuple.of(statusId, text.html(), text.plain(), at)).mapEmpty();
    }

    public Future<Void> insertHistory(SqlClient tx, StatusChange c) {
        return tx.preparedQuery("INSERT INTO report_status_history (id, report_id, from_status, to_status,"
                        + " from_outcome, to_outcome, note, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(new Object[]{c.id(), c.reportId(), wire(c.fromStatus()), c.toStatus().wireName(),
                        wire(c.fromOutcome()), wire(c.toOutcome()), c.note(), c.at()}))
                .mapEmpty();
    }

    public Future<List<StatusChange>> history(long reportId) {
        return pool.preparedQuery("SELECT id, report_id, from_status, to_status, from_outcome, to_outcome, note, at"
                        + " FROM report_status_history WHERE report_id = $1 ORDER BY at, id")
                .execute(Tuple.of(reportId))
                .map(rows -> {
                    List<StatusChange> changes = new ArrayList<>();
                    rows.forEach(row -> changes.add(new StatusChange(row.getLong("id"), row.getLong("report_id"),
                            Vocabulary.stored(StruggleStatus.class, row.getString("from_status")),
                            Vocabulary.stored(StruggleStatus.class, row.getString("to_status")),
                            Vocabulary.stored(Outcome.class, row.getString("from_outcome")),
                            Vocabulary.stored(Outcome.class, row.getString("to_outcome")),
                            row.getString("note"), row.getOffsetDateTime("at"))));
                    return changes;
                });
    }

    /**
     * Reports matching a checked filter, newest first. {@code employerRoot} is the employer whose subtree matches
     * (walked down with UNION, so a cycle ends the walk); {@code sectorPrefix} matches codes starting with it.
     */
    public Future<List<StruggleReport>> list(Long employerRoot, Sector sectorPrefix, String country,
                                             StruggleStatus status, String hashtag, Long maxId, int limit) {
        String sql = "WITH RECURSIVE grp(id) AS (SELECT $1::bigint WHERE $1::bigint IS NOT NULL"
                + " UNION SELECT e.id FROM employers e JOIN grp ON e.parent_id = grp.id) "
                + SELECT + "WHERE ($1::bigint IS NULL OR r.employer_id IN (SELECT id FROM grp))"
                + " AND ($2::text IS NULL OR (r.sector_scheme = $2 AND r.sector_version = $3"
                + "   AND r.sector_code LIKE $4 || '%'))"
                + " AND ($5::text IS NULL OR r.country = $5)"
                + " AND ($6::text IS NULL OR r.struggle_status = $6)"
                + " AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM status_tags t WHERE t.status_id = r.status_id"
                + "   AND t.name = $7))"
                + " AND ($8::bigint IS NULL OR r.id < $8)"
                + " ORDER BY r.id DESC LIMIT $9";
        return pool.preparedQuery(sql)
                .execute(Tuple.from(new Object[]{employerRoot, sectorPrefix == null ? null : sectorPrefix.scheme(),
                        sectorPrefix == null ? null : sectorPrefix.version(),
                        sectorPrefix == null ? null : sectorPrefix.code(), country,
                        status == null ? null : status.wireName(), hashtag, maxId, limit}))
                .map(rows -> {
                    List<StruggleReport> reports = new ArrayList<>();
                    rows.forEach(row -> reports.add(report(row)));
                    return reports;
                });
    }

    private static Optional<StruggleReport> first(io.vertx.sqlclient.RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(report(rows.iterator().next()));
    }

    private static StruggleReport report(Row row) {
        Employer employer = row.getLong("e_id") == null ? null : new Employer(row.getLong("e_id"),
                row.getString("e_legal_name"), List.of(row.getArrayOfStrings("e_aliases")), row.getLong("e_parent_id"),
                row.getString("e_wikidata_id"), row.getString("e_lei"), row.getString("e_country"));
        Sector sector = row.getString("sector_code") == null ? null
                : new Sector(row.getString("sector_scheme"), row.getString("sector_version"), row.getString("sector_code"));
        List<DemandCategory> demands = new ArrayList<>();
        for (String word : row.getArrayOfStrings("demand_categories")) {
            demands.add(Vocabulary.stored(DemandCategory.class, word));
        }
        List<ReportOrganisation> organisations = new ArrayList<>();
        new JsonArray(row.getString("organisations_json")).forEach(o -> {
            JsonObject json = (JsonObject) o;
            organisations.add(new ReportOrganisation(json.getString("name"), json.getString("local"),
                    json.getBoolean("unorganised", false)));
        });
        List<ReportSource> sources = new ArrayList<>();
        new JsonArray(row.getString("sources_json")).forEach(o -> {
            JsonObject json = (JsonObject) o;
            sources.add(new ReportSource(json.getString("url"), json.getBoolean("verified", false)));
        });
        return new StruggleReport(row.getLong("id"), row.getLong("status_id"), row.getLong("account_id"),
                row.getBoolean("local"), row.getString("uri"), row.getString("title"), row.getString("summary"),
                row.getString("body_source"), row.getString("body_html"), employer, organisations, sector,
                row.getString("country"), row.getString("region"), row.getString("locality"), row.getInteger("sites"),
                Vocabulary.stored(ActionType.class, row.getString("action_type")),
                Vocabulary.stored(Authorisation.class, row.getString("authorisation")),
                Vocabulary.stored(StruggleStatus.class, row.getString("struggle_status")),
                Vocabulary.stored(Outcome.class, row.getString("outcome")), row.getLocalDate("start_date"),
                row.getLocalDate("end_date"), row.getInteger("participants"), demands, row.getString("demands_text"),
                sources, row.getString("language"), List.of(), row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    private static String organisationsJson(List<ReportOrganisation> organisations) {
        JsonArray json = new JsonArray();
        organisations.forEach(o -> json.add(new JsonObject().put("name", o.name()).put("local", o.local())
                .put("unorganised", o.unorganised())));
        return json.encode();
    }

    private static String sourcesJson(List<ReportSource> sources) {
        JsonArray json = new JsonArray();
        sources.forEach(s -> json.add(new JsonObject().put("url", s.url()).put("verified", s.verified())));
        return json.encode();
    }

    private static String wire(WireNamed word) {
        return word == null ? null : word.wireName();
    }
}
