package org.serge.federation.vocab;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An actor: Person, Group, Service, Application, Organization, or an unknown type that has an inbox.
 * {@code sharedInbox} comes from endpoints.sharedInbox. {@code attachment} holds profile fields,
 * {@code tag} custom emojis of the name and summary. Absent flags read as false.
 */
public record Actor(
        String id,
        String type,
        String preferredUsername,
        String name,
        String summary,
        String inbox,
        String outbox,
        String followers,
        String following,
        String featured,
        String sharedInbox,
        List<PublicKey> publicKeys,
        List<VerificationMethod> assertionMethods,
        Link icon,
        Link image,
        List<Link> url,
        boolean manuallyApprovesFollowers,
        boolean discoverable,
        boolean indexable,
        String movedTo,
        List<String> alsoKnownAs,
        Instant published,
        List<Attachment> attachment,
        List<Tag> tag) implements AsEntity {

    /** The publicKey with this id (an HTTP signature's keyId). */
    public Optional<PublicKey> publicKey(String keyId) {
        return publicKeys.stream().filter(k -> keyId.equals(k.id())).findFirst();
    }

    /** The assertionMethod with this id (an object proof's verificationMethod). */
    public Optional<VerificationMethod> assertionMethod(String methodId) {
        return assertionMethods.stream().filter(m -> methodId.equals(m.id())).findFirst();
    }

    /** Where deliveries go: the shared inbox when there is one. */
    public String deliveryInbox() {
        return sharedInbox != null ? sharedInbox : inbox;
    }
}
