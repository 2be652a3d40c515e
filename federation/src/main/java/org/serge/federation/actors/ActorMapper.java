package org.serge.federation.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.core.crypto.Multikey;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.Actor;
import org.serge.federation.vocab.Link;
import org.serge.federation.vocab.PublicKey;
import org.serge.federation.vocab.VerificationMethod;

/**
 * Turns a fetched actor document into what core stores. Trusts only what the actor's origin can speak for: the
 * inbox must be of the actor's origin (else the actor is refused); a shared inbox or a collection on another
 * origin is dropped; RSA keys must name the actor as owner and have an id of its origin; Ed25519 Multikeys must
 * name it as controller and have an id of its origin. Keys that do not parse are dropped.
 */
public final class ActorMapper {

    private static final int MAX_NAME = 200;

    private final RemoteHtmlSanitizer sanitizer;

    public ActorMapper(RemoteHtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** @throws InvalidActorException when the actor cannot be kept */
    public RemoteActor map(Actor actor) {
        if (actor.id() == null) {
            throw new InvalidActorException("the actor has no id");
        }
        Origin origin = Origins.tryParse(actor.id())
                .orElseThrow(() -> new InvalidActorException("the actor's id is not an http(s) URL"));
        String username = actor.preferredUsername();
        if (username == null || username.isBlank() || username.length() > 256 || username.contains("@")) {
            throw new InvalidActorException("the actor has no valid preferredUsername");
        }
        if (actor.inbox() == null || !Origins.sameOrigin(origin, actor.inbox())) {
            throw new InvalidActorException("the actor's inbox is missing or not of its origin");
        }
        String domain = origin.isDefaultPort() ? origin.host() : origin.host() + ":" + origin.port();
        return new RemoteActor(
                actor.id(),
                username,
                domain,
                ActorType.parse(actor.type()),
                truncate(actor.name()),
                sanitizer.sanitize(actor.summary()),
                actor.manuallyApprovesFollowers(),
                actor.inbox(),
                sameOrigin(origin, actor.sharedInbox()),
                sameOrigin(origin, actor.outbox()),
                sameOrigin(origin, actor.followers()),
                sameOrigin(origin, actor.following()),
                sameOrigin(origin, actor.featured()),
                firstHttp(actor.url()),
                actor.icon() == null ? null : http(actor.icon().href()),
                http(actor.movedTo()),
                actor.alsoKnownAs() == null ? List.of()
                        : actor.alsoKnownAs().stream().map(ActorMapper::http).filter(Objects::nonNull).toList(),
                actor.discoverable(),
                keys(actor, origin));
    }

    private static List<RemoteKey> keys(Actor actor, Origin origin) {
        List<RemoteKey> keys = new ArrayList<>();
        for (PublicKey key : actor.publicKeys()) {
            if (key.id() != null && key.publicKeyPem() != null && actor.id().equals(key.owner())
                    && Origins.sameOrigin(origin, key.id()) && isRsa(key.publicKeyPem())) {
                keys.add(new RemoteKey(key.id(), RemoteKey.RSA, key.publicKeyPem()));
            }
        }
        for (VerificationMethod method : actor.assertionMethods()) {
            if (method.isMultikey() && method.id() != null && actor.id().equals(method.controller())
                    && Origins.sameOrigin(origin, method.id()) && isEd25519(method.publicKeyMultibase())) {
                keys.add(new RemoteKey(method.id(), RemoteKey.ED25519, method.publicKeyMultibase()));
            }
        }
        // a key id listed twice would break the remote_keys primary key: the first one wins
        Set<String> seen = new HashSet<>();
        return keys.stream().filter(key -> seen.add(key.keyId())).toList();
    }

    private static boolean isRsa(String pem) {
        try {
            RsaKeys.parsePublic(pem);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isEd25519(String multibase) {
        try {
            Multikey.decodeEd25519(multibase);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sameOrigin(Origin origin, String url) {
        return url != null && Origins.sameOrigin(origin, url) ? url : null;
    }

    private static String firstHttp(List<Link> links) {
        if (links == null) {
            return null;
        }
        return links.stream().map(Link::href).map(ActorMapper::http).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String http(String url) {
        return Optional.ofNullable(url).filter(u -> Origins.tryParse(u).isPresent()).orElse(null);
    }

    private static String truncate(String name) {
        if (name == null) {
            return null;
        }
        String plain = name.strip();
        return plain.length() <= MAX_NAME ? plain : plain.substring(0, MAX_NAME);
    }
}
