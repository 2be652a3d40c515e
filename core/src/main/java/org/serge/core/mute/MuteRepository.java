package org.serge.core.mute;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.id.Snowflake;

/** SQL over mutes. A mute past its expiry is treated as absent and replaced by a new one. */
public final class MuteRepository {

    private final Pool pool;

    public MuteRepository(Pool pool) {
        this.pool = pool;
    }

    /** Mutes or changes a mute (its notifications flag and expiry); the row keeps its id once made. */
    public Future<Void> upsert(long accountId, long targetId, boolean notifications, OffsetDateTime expiresAt) {
        return pool.preparedQuery("INSERT INTO mutes (id, account_id, target_account_id, notifications, expires_at)"
                        + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (account_id, target_account_id) DO UPDATE SET"
                        + " notifications = EXCLUDED.notifications, expires_at = EXCLUDED.expires_at")
                .execute(Tuple.of(Snowflake.next(), accountId, targetId, notifications, expiresAt))
                .mapEmpty();
    }

    public Future<Void> delete(long accountId, long targetId) {
        return pool.preparedQuery("DELETE FROM mutes WHERE account_id = $1 AND target_account_id = $2")
                .execute(Tuple.of(accountId, targetId))
                .mapEmpty();
    }

    /** Which of the targets the account mutes now (expired mutes left out). */
    public Future<Set<Long>> mutedAmong(long accountId, Collection<Long> targetIds) {
        return pool.preparedQuery("SELECT target_account_id FROM mutes WHERE account_id = $1"
                        + " AND target_account_id = ANY($2) AND (expires_at IS NULL OR expires_at > now())")
                .execute(Tuple.of(accountId, (Object) targetIds.toArray(new Long[0])))
                .map(rows -> {
                    Set<Long> muted = new HashSet<>();
                    rows.forEach(row -> muted.add(row.getLong(0)));
                    return muted;
                });
    }

    /** The expiry of each live mute among the targets that has one (for the mutes list). */
    public Future<Map<Long, OffsetDateTime>> expiries(long accountId, List<Long> targetIds) {
        return pool.preparedQuery("SELECT target_account_id, expires_at FROM mutes WHERE account_id = $1"
                        + " AND target_account_id = ANY($2) AND expires_at IS NOT NULL AND expires_at > now()")
                .execute(Tuple.of(accountId, (Object) targetIds.toArray(new Long[0])))
                .map(rows -> {
                    Map<Long, OffsetDateTime> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getLong(0), row.getOffsetDateTime(1)));
                    return found;
                });
    }
}
