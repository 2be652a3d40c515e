package org.serge.core.solidarity.employer;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL over employers and their parent chains. Parent chains are walked with path arrays, so a cycle ends them. */
public final class EmployerRepository {

    private static final String COLUMNS = "id, legal_name, aliases, parent_id, wikidata_id, lei, country";

    private final Pool pool;

    public EmployerRepository(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    public Future<Optional<Employer>> findById(SqlClient client, long id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM employers WHERE id = $1").execute(Tuple.of(id))
                .map(EmployerRepository::first);
    }

    public Future<Optional<Employer>> findById(long id) {
        return findById(pool, id);
    }

    public Future<Optional<Employer>> findByLei(SqlClient client, String lei) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM employers WHERE lei = $1").execute(Tuple.of(lei))
                .map(EmployerRepository::first);
    }

    public Future<Optional<Employer>> findByWikidata(SqlClient client, String qid) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM employers WHERE wikidata_id = $1")
                .execute(Tuple.of(qid)).map(EmployerRepository::first);
    }

    /** By name and country, skipping employers whose identifiers contradict the given ones (null: unknown). */
    public Future<Optional<Employer>> findByName(SqlClient client, String legalName, String country, String lei,
                                                 String wikidataId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM employers WHERE lower(legal_name) = lower($1)"
                        + " AND country IS NOT DISTINCT FROM $2 AND ($3::text IS NULL OR lei IS NULL OR lei = $3)"
                        + " AND ($4::text IS NULL OR wikidata_id IS NULL OR wikidata_id = $4) ORDER BY id LIMIT 1")
                .execute(Tuple.of(legalName, country, lei, wikidataId)).map(EmployerRepository::first);
    }

    public Future<Employer> insert(SqlClient client, Employer e) {
        return client.preparedQuery("INSERT INTO employers (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.of(e.id(), e.legalName(), e.aliases().toArray(new String[0]), e.parentId(),
                        e.wikidataId(), e.lei(), e.country()))
                .map(e);
    }

    /** Fills in what an existing employer lacks (identifiers, parent, new aliases); never overwrites. */
    public Future<Employer> complete(SqlClient client, long id, List<String> aliases, Long parentId, String wikidataId,
                                     String lei) {
        return client.preparedQuery("UPDATE employers SET"
                        + " aliases = ARRAY(SELECT DISTINCT unnest(aliases || $2::text[])),"
                        + " parent_id = COALESCE(parent_id, $3), wikidata_id = COALESCE(wikidata_id, $4),"
                        + " lei = COALESCE(lei, $5) WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(id, aliases.toArray(new String[0]), parentId, wikidataId, lei))
                .map(rows -> first(rows).orElseThrow());
    }

    public Future<Void> setParent(SqlClient client, long id, Long parentId) {
        return client.preparedQuery("UPDATE employers SET parent_id = $2 WHERE id = $1")
                .execute(Tuple.of(id, parentId)).mapEmpty();
    }

    /** The chain from the employer up to its ultimate parent, the employer first; stops before repeating an id. */
    public Future<List<Long>> chainUp(SqlClient client, long id) {
        return client.preparedQuery("WITH RECURSIVE up(id, parent_id, path) AS ("
                        + " SELECT id, parent_id, ARRAY[id] FROM employers WHERE id = $1"
                        + " UNION ALL SELECT e.id, e.parent_id, up.path || e.id FROM employers e"
                        + " JOIN up ON e.id = up.parent_id WHERE NOT e.id = ANY(up.path))"
                        + " SELECT id FROM up ORDER BY array_length(path, 1)")
                .execute(Tuple.of(id))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** Employers whose legal name or an alias starts with the prefix (case-insensitive), by name. */
    public Future<List<Employer>> searchByPrefix(String prefix, int limit) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM employers WHERE lower(legal_name) LIKE $1"
                        + " OR EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) LIKE $1)"
                        + " ORDER BY lower(legal_name), id LIMIT $2")
                .execute(Tuple.of(like, limit))
                .map(rows -> {
                    List<Employer> found = new ArrayList<>();
                    rows.forEach(row -> found.add(employer(row)));
                    return found;
                });
    }

    private static Optional<Employer> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(employer(rows.iterator().next()));
    }

    private static Employer employer(Row row) {
        return new Employer(row.getLong("id"), row.getString("legal_name"), List.of(row.getArrayOfStrings("aliases")),
                row.getLong("parent_id"), row.getString("wikidata_id"), row.getString("lei"), row.getString("country"));
    }
}
