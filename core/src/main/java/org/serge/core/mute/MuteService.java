package org.serge.core.mute;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;

/**
 * Muting, as on Mastodon: the muted account's statuses leave the member's home and public timelines and streams,
 * and with {@code notifications} (the default) its notifications too; {@code duration} seconds (0: for ever)
 * ends the mute by itself. Muting is private: nothing is federated and the muted account is not told.
 */
public final class MuteService {

    /** Longer than a century is taken as "for ever" (and keeps the expiry within what PostgreSQL stores). */
    static final long MAX_DURATION = 366L * 24 * 3600 * 100;

    private final MuteRepository mutes;

    public MuteService(MuteRepository mutes) {
        this.mutes = mutes;
    }

    public Future<Void> mute(Account member, Account target, boolean notifications, long durationSeconds) {
        if (target.id() == member.id()) {
            return Future.failedFuture(ServiceException.unprocessable("You can't mute yourself"));
        }
        if (durationSeconds < 0) {
            return Future.failedFuture(ServiceException.unprocessable("duration must be 0 or more seconds"));
        }
        OffsetDateTime expires = durationSeconds == 0 || durationSeconds > MAX_DURATION ? null
                : OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).plusSeconds(durationSeconds);
        return mutes.upsert(member.id(), target.id(), notifications, expires);
    }

    public Future<Void> unmute(Account member, Account target) {
        return mutes.delete(member.id(), target.id());
    }
}
