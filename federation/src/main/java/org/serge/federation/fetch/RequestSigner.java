package org.serge.federation.fetch;

import org.serge.federation.signature.HostSignatureSchemes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.serge.core.account.AccountService;
import org.serge.core.config.LocalUris;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;

/**
 * Signs outgoing requests as the node's Application actor (FEP-2677), keyId BASEURL/actor#main-key. The result is
 * every header to send, the given ones included, with Date, Host, Signature and (with a body) Digest or
 * Content-Digest and Signature-Input added. Signing runs on a worker thread.
 *
 * <p>The delivery worker signs as a local member instead: it can use {@link #sign(SignatureScheme, String, URI,
 * Map, byte[], String, PrivateKey)} with that member's key.
 */
public final class RequestSigner {

    private final Vertx vertx;
    private final AccountService accounts;
    private final HttpSignatureSigner signer;
    private final HostSignatureSchemes schemes;
    private final String applicationKeyId;
    private Future<PrivateKey> applicationKey;

    public RequestSigner(Vertx vertx, AccountService accounts, LocalUris uris, HostSignatureSchemes schemes, Clock clock) {
        this.vertx = vertx;
        this.accounts = accounts;
        this.signer = new HttpSignatureSigner(clock);
        this.schemes = schemes;
        this.applicationKeyId = uris.applicationActor() + "#main-key";
    }

    public HostSignatureSchemes schemes() {
        return schemes;
    }

    /** Signed as the Application actor with the scheme the host accepted last (cavage for an unknown host). */
    public Future<Map<String, List<String>>> sign(String method, URI uri, Map<String, List<String>> headers,
                                                  byte[] body) {
        return sign(schemes.preferred(RequestOrigin.of(uri).authority()), method, uri, headers, body);
    }

    /** Signed as the Application actor with the given scheme. */
    public Future<Map<String, List<String>>> sign(SignatureScheme scheme, String method, URI uri,
                                                  Map<String, List<String>> headers, byte[] body) {
        return applicationKey().compose(key -> sign(scheme, method, uri, headers, body, applicationKeyId, key));
    }

    /** Signed with any key, e.g. a member's for a delivery. */
    public Future<Map<String, List<String>>> sign(SignatureScheme scheme, String method, URI uri,
                                                  Map<String, List<String>> headers, byte[] body, String keyId,
                                                  PrivateKey key) {
        return vertx.executeBlocking(() -> {
            SignableRequest signed = signer.sign(scheme, method, uri, headers, body, keyId, key);
            return signed.headers();
        }, false);
    }

    public String applicationKeyId() {
        return applicationKeyId;
    }

    // The Application actor's key never changes while the node runs; a failed lookup is retried next time.
    private synchronized Future<PrivateKey> applicationKey() {
        if (applicationKey == null || applicationKey.failed()) {
            applicationKey = accounts.applicationActor()
                    .compose(actor -> vertx.executeBlocking(() -> RsaKeys.parsePrivate(actor.keys().rsaPrivatePem()),
                            false));
        }
        return applicationKey;
    }
}
