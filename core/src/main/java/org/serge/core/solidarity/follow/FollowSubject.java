package org.serge.core.solidarity.follow;

import java.util.Locale;
import java.util.regex.Pattern;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.solidarity.vocab.Sector;

/**
 * A checked thing to follow; exactly the field of its kind is set. {@link #key()} names it uniquely
 * ("employer:123", "sector:ISIC:4:H49", "country:DE", "hashtag:strike"). The factories throw a 422 for bad input.
 */
public record FollowSubject(FollowKind kind, Long employerId, Sector sector, String country, String hashtag) {

    static final int MAX_HASHTAG = 100;
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1," + MAX_HASHTAG + "}");

    public static FollowSubject employer(long employerId) {
        return new FollowSubject(FollowKind.EMPLOYER, employerId, null, null, null);
    }

    /** An industry code (ISIC 4 when scheme and version are null); it matches the codes below it too. */
    public static FollowSubject sector(String scheme, String version, String code) {
        if (code == null || code.isBlank()) {
            throw ServiceException.unprocessable("a sector code is required (e.g. H49)");
        }
        Sector sector = Sector.of(scheme == null || scheme.isBlank() ? "ISIC" : scheme,
                version == null || version.isBlank() ? "4" : version, code);
        return new FollowSubject(FollowKind.SECTOR, null, sector, null, null);
    }

    public static FollowSubject country(String code) {
        return new FollowSubject(FollowKind.COUNTRY, null, null, Countries.check(code, "country", true), null);
    }

    /** A hashtag with or without '#', letters, digits and '_' only, kept lower-case. */
    public static FollowSubject hashtag(String name) {
        String tag = name == null ? "" : name.strip();
        tag = (tag.startsWith("#") ? tag.substring(1) : tag).toLowerCase(Locale.ROOT);
        if (!HASHTAG.matcher(tag).matches()) {
            throw ServiceException.unprocessable("a hashtag is 1 to " + MAX_HASHTAG + " letters, digits or _");
        }
        return new FollowSubject(FollowKind.HASHTAG, null, null, null, tag);
    }

    public String key() {
        return kind.wireName() + ":" + switch (kind) {
            case EMPLOYER -> employerId;
            case SECTOR -> sector.scheme() + ":" + sector.version() + ":" + sector.code();
            case COUNTRY -> country;
            case HASHTAG -> hashtag;
        };
    }
}
