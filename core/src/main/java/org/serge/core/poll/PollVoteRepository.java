package org.serge.core.poll;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.core.error.ServiceException;

/** SQL over members' poll votes and the counts they change. */
public final class PollVoteRepository {

    public static final String ALREADY_VOTED = "You have already voted on this poll";

    private final Pool pool;

    public PollVoteRepository(Pool pool) {
        this.pool = pool;
    }

    /** The options each of the statuses' polls has the account's vote on (statuses without one left out). */
    public Future<Map<Long, List<Integer>>> ownVotes(long accountId, Collection<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return pool.preparedQuery("SELECT status_id, choice FROM poll_votes WHERE account_id = $1"
                        + " AND status_id = ANY($2) ORDER BY status_id, choice")
                .execute(Tuple.of(accountId, (Object) statusIds.toArray(new Long[0])))
                .map(rows -> {
                    Map<Long, List<Integer>> votes = new HashMap<>();
                    rows.forEach(row -> votes.computeIfAbsent(row.getLong(0), k -> new ArrayList<>())
                            .add(row.getInteger(1)));
                    return votes;
                });
    }

    public Future<Boolean> hasVoted(long statusId, long accountId) {
        return pool.preparedQuery("SELECT 1 FROM poll_votes WHERE status_id = $1 AND account_id = $2 LIMIT 1")
                .execute(Tuple.of(statusId, accountId))
                .map(rows -> rows.size() > 0);
    }

    /**
     * Stores a vote, under the poll row's lock so that a member votes once (a second vote is a 422), and changes
     * the counts as {@code counts} says.
     */
    public Future<Void> cast(long statusId, long accountId, List<PollVote> votes, PollCounts counts) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT 1 FROM polls WHERE status_id = $1 FOR UPDATE")
                .execute(Tuple.of(statusId))
                .compose(locked -> locked.size() == 0
                        ? Future.failedFuture(ServiceException.notFound("no such poll"))
                        : tx.preparedQuery("SELECT 1 FROM poll_votes WHERE status_id = $1 AND account_id = $2 LIMIT 1")
                                .execute(Tuple.of(statusId, accountId)))
                .compose(voted -> voted.size() > 0 ? Future.failedFuture(ServiceException.unprocessable(ALREADY_VOTED))
                        : insert(tx, statusId, accountId, votes))
                .compose(v -> counts(tx, statusId, votes, counts)));
    }

    /**
     * Stores a remote account's vote on a local poll (one option per vote, as Mastodon sends them) and recounts the
     * poll, under the poll row's lock: a second vote on a single-choice poll, or a second vote for the same
     * option, is a 422; a vote whose uri is stored already (a redelivery) changes nothing.
     */
    public Future<Void> castRemote(long statusId, long accountId, PollVote vote, boolean multiple) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT 1 FROM polls WHERE status_id = $1 FOR UPDATE")
                .execute(Tuple.of(statusId))
                .compose(locked -> locked.size() == 0
                        ? Future.failedFuture(ServiceException.notFound("no such poll"))
                        : tx.preparedQuery("SELECT choice, uri = $3 AS same FROM poll_votes WHERE status_id = $1"
                                + " AND account_id = $2").execute(Tuple.of(statusId, accountId, vote.uri())))
                .compose(cast -> {
                    boolean again = false;
                    boolean sameChoice = false;
                    for (var row : cast) {
                        again |= Boolean.TRUE.equals(row.getBoolean("same"));
                        sameChoice |= row.getInteger("choice") == vote.choice();
                    }
                    if (again) {
                        return Future.succeededFuture();
                    }
                    if (sameChoice || (!multiple && cast.size() > 0)) {
                        return Future.failedFuture(ServiceException.unprocessable(ALREADY_VOTED));
                    }
                    return tx.preparedQuery("INSERT INTO poll_votes (id, status_id, account_id, choice, uri)"
                                    + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (uri) DO NOTHING")
                            .execute(Tuple.of(vote.id(), statusId, accountId, vote.choice(), vote.uri()))
                            .compose(inserted -> counts(tx, statusId, List.of(vote), PollCounts.RECOUNT));
                }));
    }

    private static Future<Void> insert(SqlClient tx, long statusId, long accountId, List<PollVote> votes) {
        List<Tuple> rows = new ArrayList<>();
        votes.forEach(vote -> rows.add(Tuple.of(vote.id(), statusId, accountId, vote.choice(), vote.uri())));
        return tx.preparedQuery("INSERT INTO poll_votes (id, status_id, account_id, choice, uri)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .executeBatch(rows)
                .mapEmpty();
    }

    private static Future<Void> counts(SqlClient tx, long statusId, List<PollVote> votes, PollCounts counts) {
        return switch (counts) {
            case KEEP -> Future.succeededFuture();
            case RECOUNT -> tx.preparedQuery("UPDATE polls p SET votes = ARRAY(SELECT (SELECT count(*) FROM poll_votes v"
                            + " WHERE v.status_id = p.status_id AND v.choice = i - 1)::int"
                            + " FROM generate_series(1, cardinality(p.options)) i ORDER BY i),"
                            + " voters_count = (SELECT count(DISTINCT v.account_id) FROM poll_votes v"
                            + " WHERE v.status_id = p.status_id) WHERE p.status_id = $1")
                    .execute(Tuple.of(statusId)).mapEmpty();
            case INCREMENT -> tx.preparedQuery("UPDATE polls p SET votes = ARRAY(SELECT p.votes[i]"
                            + " + CASE WHEN i - 1 = ANY($2) THEN 1 ELSE 0 END"
                            + " FROM generate_series(1, cardinality(p.votes)) i ORDER BY i),"
                            + " voters_count = p.voters_count + 1 WHERE p.status_id = $1")
                    .execute(Tuple.of(statusId, (Object) votes.stream().map(PollVote::choice).toArray(Integer[]::new)))
                    .mapEmpty();
        };
    }
}
