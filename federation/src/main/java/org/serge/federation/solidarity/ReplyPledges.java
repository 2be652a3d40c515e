package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.serge.core.account.Account;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.PledgeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain reply (a Note with content, from Mastodon, GoToSocial, Misskey...) to one of this node's calls is a
 * count-only pledge: to the asks whose labels its text names (case-insensitive), or to every ask when it names
 * none. It goes into the replier's one live pledge like a poll vote (adding asks to a pledge they have). The reply
 * stays a status of its own; a Delete of it withdraws the pledge it made while the call is open.
 */
final class ReplyPledges {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyPledges.class);

    private final SolidarityServices services;
    private final Function<PledgeResult, Future<Void>> announceIfMet;

    ReplyPledges(SolidarityServices services, Function<PledgeResult, Future<Void>> announceIfMet) {
        this.services = services;
        this.announceIfMet = announceIfMet;
    }

    Future<Void> reply(JsonObject json, String inReplyTo, String contentHtml, Account author) {
        if (!(json.getValue("id") instanceof String id)) {
            return Future.succeededFuture();
        }
        return services.calls().byUri(inReplyTo).map(Optional::of).otherwise(Optional.empty()).compose(call -> {
            if (call.isEmpty() || !call.get().local()) {
                return Future.succeededFuture();
            }
            return services.pledges().recordReply(inReplyTo, author.id(), named(call.get(), contentHtml), id)
                    .compose(announceIfMet::apply)
                    .recover(e -> {
                        LOG.info("reply {} made no pledge: {}", id, e.toString());
                        return Future.succeededFuture();
                    });
        });
    }

    /** The asks the reply names by label; every ask when it names none. */
    static List<Integer> named(SolidarityCall call, String contentHtml) {
        String text = Jsoup.parse(contentHtml).text().toLowerCase(Locale.ROOT);
        List<Integer> named = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (Ask ask : call.asks()) {
            all.add(ask.index());
            if (text.contains(ask.label().toLowerCase(Locale.ROOT))) {
                named.add(ask.index());
            }
        }
        return named.isEmpty() ? all : named;
    }
}
