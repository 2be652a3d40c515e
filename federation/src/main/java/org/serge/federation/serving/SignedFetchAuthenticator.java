package org.serge.federation.serving;

import io.vertx.core.Future;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.federation.keys.KeyResolver;
import org.serge.federation.keys.ResolvedKey;
import org.serge.federation.signature.HttpSignatureException;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.InvalidSignatureException;
import org.serge.federation.signature.ParsedSignature;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;

/**
 * Who signed a GET: the actor that owns the key, after the signature checked out (the key is refetched once
 * when it does not). An unsigned request is anonymous, not an error; a badly signed one is a 401.
 */
public final class SignedFetchAuthenticator {

    private final HttpSignatureVerifier verifier;
    private final KeyResolver keys;

    public SignedFetchAuthenticator(HttpSignatureVerifier verifier, KeyResolver keys) {
        this.verifier = verifier;
        this.keys = keys;
    }

    public static boolean isSigned(SignableRequest request) {
        String authorization = request.header("Authorization");
        return request.header("Signature") != null || request.header("Signature-Input") != null
                || (authorization != null && authorization.regionMatches(true, 0, "Signature ", 0, 10));
    }

    public Future<Optional<Account>> signer(SignableRequest request, RequestOrigin origin) {
        if (!isSigned(request)) {
            return Future.succeededFuture(Optional.empty());
        }
        ParsedSignature parsed;
        try {
            parsed = verifier.parse(request, origin);
        } catch (HttpSignatureException e) {
            return Future.failedFuture(ServiceException.unauthorized(e.getMessage()));
        }
        return keys.resolve(parsed.keyId())
                .compose(key -> verify(parsed, key)
                        .recover(error -> error instanceof InvalidSignatureException
                                ? keys.refresh(parsed.keyId()).compose(fresh -> verify(parsed, fresh))
                                : Future.failedFuture(error)))
                .map(Optional::of)
                .recover(error -> Future.failedFuture(error instanceof ServiceException service && service.status() == 403
                        ? service : ServiceException.unauthorized(error instanceof HttpSignatureException
                        ? error.getMessage() : "the signature could not be verified")));
    }

    private Future<Account> verify(ParsedSignature parsed, ResolvedKey key) {
        try {
            verifier.verify(parsed, key.publicKey());
            return Future.succeededFuture(key.owner());
        } catch (HttpSignatureException e) {
            return Future.failedFuture(e);
        }
    }
}
