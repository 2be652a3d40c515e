package org.serge.federation.inbox;

import org.serge.core.solidarity.SolidarityFederation;
import java.net.URI;
import org.serge.federation.solidarity.SolidarityInbox;
import org.serge.federation.solidarity.SolidarityServices;
import org.serge.federation.solidarity.SolidarityStore;

import io.vertx.sqlclient.Pool;
import java.util.Map;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowRepository;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.outbox.Federator;
import org.serge.core.poll.PollVoteRepository;
import org.serge.core.status.StatusRepository;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.vocab.ActivityStreamsCodec;

/** Builds every activity handler over one database and the registry that maps types to them. */
public final class InboxHandlers {

    private final AccountLookup accounts;
    private final ActivityHandlerRegistry registry;

    public InboxHandlers(Pool pool, LocalUris uris, AccountResolver resolver, RemoteObjects remoteObjects,
                         Federator federator, ActivityStreamsCodec codec) {
        this(pool, uris, resolver, remoteObjects, federator, codec, SolidarityFederation.NONE);
    }

    /** With {@code solidarityFederation}, calls met by incoming pledges are announced at once. */
    public InboxHandlers(Pool pool, LocalUris uris, AccountResolver resolver, RemoteObjects remoteObjects,
                         Federator federator, ActivityStreamsCodec codec, SolidarityFederation solidarityFederation) {
        RemoteAccountRepository remoteAccounts = new RemoteAccountRepository(pool);
        this.accounts = new AccountLookup(uris, new AccountRepository(pool), remoteAccounts);
        FollowRepository follows = new FollowRepository(pool);
        InteractionRepository interactions = new InteractionRepository(pool);
        StatusRepository statuses = new StatusRepository(pool);
        RemoteHtmlSanitizer sanitizer = new RemoteHtmlSanitizer();
        TrustedObjects objects = new TrustedObjects(remoteObjects, codec);
        RemoteStatuses remoteStatuses = new RemoteStatuses(sanitizer, accounts, statuses);
        SolidarityInbox solidarity = new SolidarityInbox(
                SolidarityServices.of(pool, uris, URI.create(uris.base()).getRawAuthority()),
                new SolidarityStore(pool), remoteAccounts, solidarityFederation);
        this.registry = new ActivityHandlerRegistry(Map.ofEntries(
                Map.entry("Follow", new FollowHandler(accounts, follows, interactions, federator)),
                Map.entry("Accept", new AcceptHandler(accounts, follows)),
                Map.entry("Reject", new RejectHandler(accounts, follows)),
                Map.entry("Undo", new UndoHandler(accounts, follows, interactions, statuses)),
                Map.entry("Create", new CreateHandler(objects, remoteStatuses, statuses, interactions, solidarity,
                        new IncomingPollVotes(statuses, new PollVoteRepository(pool)))),
                Map.entry("Update", new UpdateHandler(remoteAccounts, statuses, remoteStatuses, sanitizer, solidarity)),
                Map.entry("Delete", new DeleteHandler(remoteAccounts, statuses, solidarity)),
                Map.entry("Announce", new AnnounceHandler(objects, remoteStatuses, statuses, resolver, interactions,
                        solidarity, remoteAccounts)),
                Map.entry("Like", new LikeHandler(statuses, interactions)),
                Map.entry("Block", new BlockHandler(accounts, interactions)),
                Map.entry("Flag", new FlagHandler(accounts, statuses, interactions, sanitizer)),
                Map.entry("Move", new MoveHandler(resolver, objects, remoteAccounts))));
    }

    public ActivityHandlerRegistry registry() {
        return registry;
    }

    public AccountLookup accounts() {
        return accounts;
    }
}
