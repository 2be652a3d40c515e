package org.serge.federation.search;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.serge.core.account.AccountResolver;
import org.serge.core.error.ServiceException;
import org.serge.core.search.StatusResolver;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.federation.inbox.AccountLookup;
import org.serge.federation.inbox.RemoteStatuses;
import org.serge.federation.inbox.TrustedObject;
import org.serge.federation.inbox.TrustedObjects;
import org.serge.federation.net.Origins;
import org.serge.federation.solidarity.SolidarityInbox;
import org.serge.federation.vocab.AsObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search's remote status lookup: the object at an address is fetched from its origin with the node's signed
 * fetcher, and stored as the inbox stores a boosted original (a Serge report or call whose proof verifies is
 * taken as such). Only public and unlisted statuses are stored; addresses on this node are never fetched.
 */
public final class RemoteStatusResolver implements StatusResolver {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteStatusResolver.class);

    private final TrustedObjects objects;
    private final RemoteStatuses remoteStatuses;
    private final StatusRepository statuses;
    private final AccountResolver resolver;
    private final AccountLookup accounts;
    private final SolidarityInbox solidarity;

    public RemoteStatusResolver(TrustedObjects objects, RemoteStatuses remoteStatuses, StatusRepository statuses,
                                AccountResolver resolver, AccountLookup accounts, SolidarityInbox solidarity) {
        this.objects = objects;
        this.remoteStatuses = remoteStatuses;
        this.statuses = statuses;
        this.resolver = resolver;
        this.accounts = accounts;
        this.solidarity = solidarity;
    }

    @Override
    public Future<Optional<Long>> resolve(String address) {
        if (address == null || accounts.isLocal(address)) {
            return Future.succeededFuture(Optional.empty());
        }
        return objects.fetch(address)
                .compose(found -> found.isEmpty() ? Future.succeededFuture(Optional.<Long>empty()) : store(found.get()))
                .recover(e -> {
                    LOG.debug("could not resolve a status at {}: {}", address, e.toString());
                    return Future.succeededFuture(Optional.empty());
                });
    }

    private Future<Optional<Long>> store(TrustedObject found) {
        if (!(found.entity() instanceof AsObject object) || !RemoteStatuses.isSupported(object)
                || object.id() == null || accounts.isLocal(object.id())) {
            return Future.succeededFuture(Optional.empty());
        }
        return statuses.findByUri(object.id()).compose(known -> {
            if (known.isPresent()) {
                return Future.succeededFuture(known.map(Status::id));
            }
            String authorUri = object.attributedToId();
            if (authorUri == null || !Origins.sameOrigin(authorUri, object.id())) {
                return Future.succeededFuture(Optional.<Long>empty());
            }
            JsonObject json = found.json();
            return resolver.resolveUri(authorUri)
                    .compose(author -> solidarity.created(json, author).compose(taken -> taken
                            ? statuses.findByUri(object.id())
                            : remoteStatuses.draft(object, json, author, Optional.empty())
                            .compose(draft -> draft.status().visibility().isPublicLike()
                                    ? statuses.insert(draft).map(Optional::of)
                                    : Future.succeededFuture(Optional.<Status>empty()))))
                    .map(stored -> stored.map(Status::id))
                    .recover(e -> e instanceof ServiceException service && service.status() < 500
                            ? Future.succeededFuture(Optional.empty())
                            // a concurrent delivery may have stored it first
                            : statuses.findByUri(object.id()).map(stored -> stored.map(Status::id)));
        });
    }
}
