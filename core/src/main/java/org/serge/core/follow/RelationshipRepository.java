package org.serge.core.follow;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.serge.core.moderation.AccountDomainBlockSql;
import org.serge.core.mute.MuteSql;

/** Relationships of a viewer with many accounts in one query. */
public final class RelationshipRepository {

    private final Pool pool;

    public RelationshipRepository(Pool pool) {
        this.pool = pool;
    }

    /** In the order of the ids given, without duplicates; unknown accounts are left out. */
    public Future<List<Relationship>> load(long viewerId, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(accountIds);
        return pool.preparedQuery("SELECT a.id,"
                        + " EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $1 AND f.target_account_id = a.id) AS following,"
                        + " EXISTS (SELECT 1 FROM follows f WHERE f.account_id = a.id AND f.target_account_id = $1) AS followed_by,"
                        + " EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = $1 AND b.target_account_id = a.id) AS blocking,"
                        + " EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = a.id AND b.target_account_id = $1) AS blocked_by,"
                        + " EXISTS (SELECT 1 FROM follow_requests r WHERE r.account_id = $1 AND r.target_account_id = a.id)"
                        + " AS requested,"
                        + " EXISTS (SELECT 1 FROM follow_requests r WHERE r.account_id = a.id AND r.target_account_id = $1)"
                        + " AS requested_by,"
                        + " " + MuteSql.mutes("$1", "a.id") + " AS muting,"
                        + " " + MuteSql.mutesNotifications("$1", "a.id") + " AS muting_notifications,"
                        + " " + AccountDomainBlockSql.blocksDomainOf("$1", "a.id") + " AS domain_blocking"
                        + " FROM accounts a WHERE a.id = ANY($2)")
                .execute(Tuple.of(viewerId, (Object) distinct.toArray(new Long[0])))
                .map(rows -> {
                    Map<Long, Relationship> byId = new HashMap<>();
                    rows.forEach(row -> byId.put(row.getLong("id"), new Relationship(row.getLong("id"),
                            row.getBoolean("following"), row.getBoolean("followed_by"), row.getBoolean("blocking"),
                            row.getBoolean("blocked_by"), row.getBoolean("requested"),
                            row.getBoolean("requested_by"), row.getBoolean("muting"),
                            row.getBoolean("muting_notifications"), row.getBoolean("domain_blocking"))));
                    List<Relationship> ordered = new ArrayList<>();
                    distinct.forEach(id -> {
                        if (byId.containsKey(id)) {
                            ordered.add(byId.get(id));
                        }
                    });
                    return ordered;
                });
    }

    public Future<Relationship> load(long viewerId, long accountId) {
        return load(viewerId, List.of(accountId))
                .map(found -> found.isEmpty() ? Relationship.none(accountId) : found.get(0));
    }
}
