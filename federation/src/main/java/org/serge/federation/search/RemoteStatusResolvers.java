package org.serge.federation.search;

import io.vertx.sqlclient.Pool;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.status.StatusRepository;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.inbox.AccountLookup;
import org.serge.federation.inbox.FetcherRemoteObjects;
import org.serge.federation.inbox.RemoteStatuses;
import org.serge.federation.inbox.TrustedObjects;
import org.serge.federation.solidarity.SolidarityInbox;
import org.serge.federation.solidarity.SolidarityServices;
import org.serge.federation.solidarity.SolidarityStore;
import org.serge.federation.vocab.ActivityStreamsCodec;

/** Builds a node's {@link RemoteStatusResolver} from its parts, as the inbox builds its handlers. */
public final class RemoteStatusResolvers {

    private RemoteStatusResolvers() {
    }

    public static RemoteStatusResolver of(Pool pool, LocalUris uris, RemoteFetcher fetcher, ActivityStreamsCodec codec,
                                          AccountResolver resolver, SolidarityServices solidarity,
                                          SolidarityFederation solidarityFederation) {
        RemoteAccountRepository remoteAccounts = new RemoteAccountRepository(pool);
        AccountLookup accounts = new AccountLookup(uris, new AccountRepository(pool), remoteAccounts);
        StatusRepository statuses = new StatusRepository(pool);
        return new RemoteStatusResolver(new TrustedObjects(new FetcherRemoteObjects(fetcher), codec),
                new RemoteStatuses(new RemoteHtmlSanitizer(), accounts, statuses), statuses, resolver, accounts,
                new SolidarityInbox(solidarity, new SolidarityStore(pool), remoteAccounts, solidarityFederation));
    }
}
