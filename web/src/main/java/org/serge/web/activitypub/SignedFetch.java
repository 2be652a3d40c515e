package org.serge.web.activitypub;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.Account;
import org.serge.core.config.NodeConfig;
import org.serge.core.error.ServiceException;
import org.serge.federation.serving.SignedFetchAuthenticator;
import org.serge.federation.signature.RequestOrigin;
import org.serge.web.http.Negotiation;
import org.serge.web.http.SignableRequests;

/**
 * Runs before ActivityPub GETs: learns which server signed the request (if any) and, in authorized-fetch mode,
 * refuses unsigned requests for ActivityPub documents. Answers depend on the signature, so they vary by it.
 */
public final class SignedFetch implements Handler<RoutingContext> {

    private static final String SIGNER = "serge.signer";

    private final SignedFetchAuthenticator authenticator;
    private final RequestOrigin origin;
    private final boolean required;

    public SignedFetch(SignedFetchAuthenticator authenticator, NodeConfig config) {
        this.authenticator = authenticator;
        this.origin = new RequestOrigin(config.scheme(), config.domain());
        this.required = config.authorizedFetch();
    }

    /** The verified signing actor of this request, or null when it was not signed. */
    public static Account signer(RoutingContext ctx) {
        return ctx.get(SIGNER);
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Vary", "Accept, Signature");
        authenticator.signer(SignableRequests.of(ctx.request(), null), origin)
                .onSuccess(signer -> {
                    if (signer.isEmpty() && required && Negotiation.wantsJson(ctx)) {
                        ctx.fail(ServiceException.unauthorized("this node requires signed requests"));
                        return;
                    }
                    signer.ifPresent(account -> ctx.put(SIGNER, account));
                    ctx.next();
                })
                .onFailure(ctx::fail);
    }
}
