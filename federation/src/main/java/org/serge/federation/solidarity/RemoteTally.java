package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.config.LocalUris;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.NewPledge;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.pledge.Tallies;
import org.serge.core.solidarity.pledge.Tally;
import org.serge.core.solidarity.vocab.PledgeSource;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.federation.inbox.RemoteObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tally of a remote call, recounted here: the call's pledge collection is fetched from its origin, each signed
 * pledge is verified against its author's key (a forged or altered one is left out), the anonymous entries are
 * taken on the origin's word, and the same pure {@link Tallies} the origin uses counts them.
 */
public final class RemoteTally {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteTally.class);

    private final SolidarityServices services;
    private final RemoteObjects remote;
    private final AccountResolver resolver;
    private final SergeProofs proofs;

    private final String ownDomain;

    public RemoteTally(SolidarityServices services, RemoteObjects remote, AccountResolver resolver,
                       RemoteAccountRepository accounts, AccountRepository localAccounts, LocalUris uris,
                       String ownDomain) {
        this.services = services;
        this.remote = remote;
        this.resolver = resolver;
        this.proofs = new SergeProofs(accounts, localAccounts, uris);
        this.ownDomain = ownDomain;
    }

    /** The tally of the call with this Question id (known here), from its origin's pledge collection. */
    public Future<Tally> tally(String questionUri) {
        return services.calls().byUri(questionUri).compose(call -> remote.fetch(questionUri + "/pledges")
                .compose(collection -> pledges(call, collection))
                .map(pledges -> Tallies.of(call, pledges, null)));
    }

    private Future<List<Pledge>> pledges(SolidarityCall call, JsonObject collection) {
        List<Future<Pledge>> verified = new ArrayList<>();
        if (collection.getValue("orderedItems") instanceof JsonArray items) {
            for (Object item : items) {
                if (item instanceof JsonObject note && note.getValue("attributedTo") instanceof String author
                        && call.uri().equals(note.getValue("inReplyTo"))) {
                    verified.add(resolver.resolveUri(author).compose(account -> proofs.verify(note, account)
                            .map(v -> pledge(call, account.id(),
                                    account.isLocal() ? ownDomain : account.domain(), SergeReader.pledge(note),
                                    note.getString("id")))).otherwise(e -> {
                        LOG.info("left out pledge {}: {}", note.getValue("id"), e.toString());
                        return null;
                    }));
                }
            }
        }
        List<Pledge> out = new ArrayList<>();
        if (SergeContext.get(collection, "anonymous") instanceof JsonArray anonymous) {
            for (Object entry : anonymous) {
                if (entry instanceof JsonObject e) {
                    out.add(pledge(call, 0, e.getString("node"), SergeReader.pledgeBody(e), null));
                }
            }
        }
        return Future.join(verified).otherwiseEmpty().map(done -> {
            verified.forEach(f -> {
                if (f.succeeded() && f.result() != null) {
                    out.add(f.result());
                }
            });
            return out;
        });
    }

    private static Pledge pledge(SolidarityCall call, long accountId, String node, NewPledge in, String uri) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Pledge(0, call.id(), accountId, node, in.country(), in.asks(), PledgeVisibility.PUBLIC,
                PledgeSource.SERGE_PLEDGE, uri, now, now);
    }
}
