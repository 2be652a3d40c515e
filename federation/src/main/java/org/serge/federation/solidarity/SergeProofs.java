package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteKey;
import org.serge.core.crypto.Multikey;
import org.serge.federation.proof.ParsedProof;
import org.serge.federation.proof.ProofKeyMismatchException;
import org.serge.federation.proof.ProofOrigin;
import org.serge.federation.proof.ProofVerifier;

/**
 * Verifies the FEP-8b32 proof of a received Serge object against its author's Ed25519 key as stored with the
 * actor (RemoteKey {@code ed25519}, taken from its assertionMethod when it was fetched). The key id must be of the
 * object's and author's origin (FEP-fe34) and be one of the author's keys; nothing is fetched, so a boosted object
 * verifies without asking its origin once its author is known.
 */
public final class SergeProofs {

    private final RemoteAccountRepository accounts;
    private final ProofVerifier verifier = new ProofVerifier();
    private final AccountRepository localAccounts;
    private final LocalUris uris;

    public SergeProofs(RemoteAccountRepository accounts) {
        this(accounts, null, null);
    }

    /** With local accounts: objects of this node's own members (served back by another node) verify too. */
    public SergeProofs(RemoteAccountRepository accounts, AccountRepository localAccounts, LocalUris uris) {
        this.accounts = accounts;
        this.localAccounts = localAccounts;
        this.uris = uris;
    }

    /** Succeeds when {@code json} carries a valid proof by {@code author}; fails with a ProofException otherwise. */
    public Future<Void> verify(JsonObject json, Account author) {
        if (author.isLocal()) {
            return verifyLocal(json, author);
        }
        ParsedProof proof;
        try {
            proof = verifier.parse(json);
            ProofOrigin.requireSameOrigin(json, proof.verificationMethod());
            Object attributedTo = json.getValue("attributedTo");
            if (!Objects.equals(attributedTo, author.uri())
                    || !ProofOrigin.sameOrigin(author.uri(), proof.verificationMethod())) {
                throw new ProofKeyMismatchException("the proof is not the author's");
            }
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return accounts.keysOf(author.id()).compose(keys -> {
            for (RemoteKey key : keys) {
                if (RemoteKey.ED25519.equals(key.algorithm()) && key.keyId().equals(proof.verificationMethod())) {
                    try {
                        verifier.verify(proof, Multikey.decodeEd25519(key.publicKey()));
                        return Future.succeededFuture();
                    } catch (RuntimeException e) {
                        return Future.failedFuture(e);
                    }
                }
            }
            return Future.failedFuture(new ProofKeyMismatchException("key is not an assertion method of the author"));
        });
    }

    private Future<Void> verifyLocal(JsonObject json, Account author) {
        if (localAccounts == null) {
            return Future.failedFuture(new ProofKeyMismatchException("the proof is not the author's"));
        }
        String actorId = uris.actor(author.username());
        try {
            ParsedProof proof = verifier.parse(json);
            if (!Objects.equals(json.getValue("attributedTo"), actorId)
                    || !proof.verificationMethod().equals(actorId + "#ed25519-key")) {
                throw new ProofKeyMismatchException("the proof is not the author's");
            }
            return localAccounts.findLocalActorById(author.id()).compose(actor -> {
                if (actor.isEmpty()) {
                    return Future.failedFuture(new ProofKeyMismatchException("no such member"));
                }
                verifier.verify(proof, actor.get().keys().ed25519Public());
                return Future.succeededFuture();
            });
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }
}
