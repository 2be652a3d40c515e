package org.serge.federation.serving;

import io.vertx.core.Future;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.federation.inbox.SignatureCheck;
import org.serge.federation.signature.HttpSignatureException;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;

/**
 * Who signed a GET: the actor that owns the key, after the signature checked out (the same check as the inbox's,
 * key refetched once). An unsigned request is anonymous, not an error; a badly signed one is a 401.
 */
public final class SignedFetchAuthenticator {

    private final HttpSignatureVerifier verifier;
    private final SignatureCheck signatures;

    public SignedFetchAuthenticator(HttpSignatureVerifier verifier, SignatureCheck signatures) {
        this.verifier = verifier;
        this.signatures = signatures;
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
        try {
            return signatures.verify(verifier.parse(request, origin))
                    .map(key -> Optional.of(key.owner()))
                    .recover(error -> Future.failedFuture(
                            error instanceof ServiceException service && service.status() == 403 ? service
                                    : ServiceException.unauthorized(error instanceof HttpSignatureException
                                    ? error.getMessage() : "the signature could not be verified")));
        } catch (HttpSignatureException e) {
            return Future.failedFuture(ServiceException.unauthorized(e.getMessage()));
        }
    }
}
