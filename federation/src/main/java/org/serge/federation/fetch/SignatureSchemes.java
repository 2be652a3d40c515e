package org.serge.federation.fetch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import org.serge.federation.signature.SignatureScheme;

/**
 * The double knock's memory: per host (authority, host[:port]), the signature scheme a peer last accepted. A host
 * not known yet is tried with draft-cavage first, as every fediverse server verifies it; RFC 9421 is the fallback
 * on a 401. Bounded and forgetful, so a peer that upgrades is tried the default way again after a while.
 */
public final class SignatureSchemes {

    private final Cache<String, SignatureScheme> accepted;

    public SignatureSchemes() {
        this(100_000, Duration.ofDays(7));
    }

    public SignatureSchemes(long maxHosts, Duration memory) {
        this.accepted = Caffeine.newBuilder().maximumSize(maxHosts).expireAfterWrite(memory).build();
    }

    /** The scheme to try first with this host. */
    public SignatureScheme first(String authority) {
        SignatureScheme known = accepted.getIfPresent(key(authority));
        return known == null ? SignatureScheme.CAVAGE : known;
    }

    /** The scheme to retry with after {@code tried} was answered 401. */
    public static SignatureScheme other(SignatureScheme tried) {
        return tried == SignatureScheme.CAVAGE ? SignatureScheme.RFC9421 : SignatureScheme.CAVAGE;
    }

    /** Records that the host accepted (answered other than 401 to) a request signed with {@code scheme}. */
    public void accepted(String authority, SignatureScheme scheme) {
        accepted.put(key(authority), scheme);
    }

    private static String key(String authority) {
        return authority.toLowerCase(Locale.ROOT);
    }
}
