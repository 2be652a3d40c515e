package org.serge.federation.actor;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.LocalActor;
import org.serge.core.config.LocalUris;
import org.serge.core.crypto.Multikey;

/**
 * The ActivityPub documents of local actors: members (Person), the organisation (Group, FEP-1b12) and the
 * node itself (Application, FEP-2677). Each carries its RSA key for HTTP signatures and its Ed25519 key as a
 * FEP-521a Multikey in assertionMethod, for object integrity proofs.
 */
public final class ActorDocuments {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final LocalUris uris;

    public ActorDocuments(LocalUris uris) {
        this.uris = uris;
    }

    public JsonObject actor(LocalActor local) {
        Account account = local.account();
        boolean application = account.actorType() == ActorType.Application;
        String id = application ? uris.applicationActor() : uris.actor(account.username());
        String keyId = id + "#main-key";
        JsonObject doc = new JsonObject()
                .put("@context", Contexts.actor())
                .put("id", id)
                .put("type", account.actorType().name())
                .put("preferredUsername", account.username())
                .put("name", account.displayName())
                .put("summary", account.summary())
                .put("url", application ? uris.base() + "/about" : uris.profilePage(account.username()))
                .put("published", PUBLISHED.format(account.createdAt().withOffsetSameInstant(ZoneOffset.UTC)))
                .put("manuallyApprovesFollowers", application || account.locked())
                .put("discoverable", false)
                .put("indexable", false)
                .put("inbox", id + "/inbox")
                .put("outbox", id + "/outbox")
                .put("endpoints", new JsonObject().put("sharedInbox", uris.sharedInbox()))
                .put("publicKey", new JsonObject()
                        .put("id", keyId)
                        .put("owner", id)
                        .put("publicKeyPem", local.keys().rsaPublicPem()))
                .put("assertionMethod", new JsonArray().add(new JsonObject()
                        .put("id", id + "#ed25519-key")
                        .put("type", "Multikey")
                        .put("controller", id)
                        .put("publicKeyMultibase", Multikey.encodeEd25519(local.keys().ed25519Public()))))
                .put("icon", new JsonObject()
                        .put("type", "Image")
                        .put("mediaType", "image/png")
                        .put("url", uris.defaultAvatar()));
        if (!application) {
            doc.put("followers", uris.followers(account.username()))
                    .put("following", uris.following(account.username()))
                    .put("featured", uris.featured(account.username()));
        }
        return doc;
    }
}
