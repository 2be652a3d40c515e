package org.serge.core.solidarity.follow;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.Vocabulary;

/** SQL over struggle follows (the feed they make: {@link StruggleFeedRepository}). */
public final class StruggleFollowRepository {

    private static final String SELECT = "SELECT f.id, f.account_id, f.kind, f.employer_id, f.sector_scheme,"
            + " f.sector_version, f.sector_code, f.country, f.hashtag, f.created_at, e.legal_name AS e_legal_name,"
            + " e.aliases AS e_aliases, e.parent_id AS e_parent_id, e.wikidata_id AS e_wikidata_id, e.lei AS e_lei,"
            + " e.country AS e_country FROM struggle_follows f LEFT JOIN employers e ON e.id = f.employer_id ";

    private final Pool pool;

    public StruggleFollowRepository(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** Inserts the follow unless the member follows that subject already; empty when they did. */
    public Future<Optional<Long>> insert(SqlClient tx, long id, long accountId, FollowSubject s) {
        Sector sector = s.sector();
        return tx.preparedQuery("INSERT INTO struggle_follows (id, account_id, kind, subject, employer_id,"
                        + " sector_scheme, sector_version, sector_code, country, hashtag)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                        + " ON CONFLICT (account_id, subject) DO NOTHING RETURNING id")
                .execute(Tuple.from(new Object[]{id, accountId, s.kind().wireName(), s.key(), s.employerId(),
                        sector == null ? null : sector.scheme(), sector == null ? null : sector.version(),
                        sector == null ? null : sector.code(), s.country(), s.hashtag()}))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
    }

    /** Deletes the member's follow of the subject (its feed rows go with it); false when there was none. */
    public Future<Boolean> delete(long accountId, FollowSubject s) {
        return pool.preparedQuery("DELETE FROM struggle_follows WHERE account_id = $1 AND subject = $2")
                .execute(Tuple.of(accountId, s.key())).map(rows -> rows.rowCount() > 0);
    }

    public Future<Optional<StruggleFollow>> find(SqlClient client, long accountId, FollowSubject s) {
        return client.preparedQuery(SELECT + "WHERE f.account_id = $1 AND f.subject = $2")
                .execute(Tuple.of(accountId, s.key()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(follow(rows.iterator().next())));
    }

    /** The member's follows, newest first. */
    public Future<List<StruggleFollow>> byAccount(long accountId) {
        return pool.preparedQuery(SELECT + "WHERE f.account_id = $1 ORDER BY f.id DESC").execute(Tuple.of(accountId))
                .map(rows -> {
                    List<StruggleFollow> follows = new ArrayList<>();
                    rows.forEach(row -> follows.add(follow(row)));
                    return follows;
                });
    }

    private static StruggleFollow follow(Row row) {
        FollowKind kind = Vocabulary.stored(FollowKind.class, row.getString("kind"));
        Long employerId = row.getLong("employer_id");
        Sector sector = row.getString("sector_code") == null ? null : new Sector(row.getString("sector_scheme"),
                row.getString("sector_version"), row.getString("sector_code"));
        Employer employer = employerId == null ? null : new Employer(employerId, row.getString("e_legal_name"),
                List.of(row.getArrayOfStrings("e_aliases")), row.getLong("e_parent_id"),
                row.getString("e_wikidata_id"), row.getString("e_lei"), row.getString("e_country"));
        return new StruggleFollow(row.getLong("id"), row.getLong("account_id"), new FollowSubject(kind, employerId,
                sector, row.getString("country"), row.getString("hashtag")), employer,
                row.getOffsetDateTime("created_at"));
    }
}
