package org.serge.federation.signature;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;

/**
 * Which signature scheme each host wants, learnt from the "double knock": draft-cavage first to a host we do not
 * know, RFC 9421 after a 401, and the host remembered when RFC 9421 then worked. Bounded; shared by delivery
 * and fetch. Thread-safe.
 */
public final class HostSignatureSchemes {

    private final Cache<String, SignatureScheme> known;

    public HostSignatureSchemes() {
        this(10_000, Duration.ofDays(7));
    }

    public HostSignatureSchemes(long maxHosts, Duration remembered) {
        this.known = Caffeine.newBuilder().maximumSize(maxHosts).expireAfterWrite(remembered).build();
    }

    /** The scheme to try first with the host (host or host:port). */
    public SignatureScheme preferred(String host) {
        SignatureScheme scheme = known.getIfPresent(key(host));
        return scheme == null ? SignatureScheme.CAVAGE : scheme;
    }

    /** The scheme to retry with after {@code tried} was answered 401. */
    public static SignatureScheme other(SignatureScheme tried) {
        return tried == SignatureScheme.CAVAGE ? SignatureScheme.RFC9421 : SignatureScheme.CAVAGE;
    }

    /** Records that the host accepted (answered other than 401 to) a request signed with {@code scheme}. */
    public void remember(String host, SignatureScheme scheme) {
        known.put(key(host), scheme);
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
