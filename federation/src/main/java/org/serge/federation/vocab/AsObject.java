package org.serge.federation.vocab;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A content object: Note, Article, Page, Question, Event, Tombstone, Image, Video... and any unknown type read
 * by the same rules. Absent scalars are null, absent lists and maps are empty. {@code content} and
 * {@code summary} are remote HTML: sanitize before showing. {@code quote} is the quoted post from whichever of
 * quote, quoteUrl, quoteUri, quoteURL or _misskey_quote is present. {@code poll} is set for a Question (or
 * anything with oneOf/anyOf); {@code startTime}, {@code endTime} and {@code location} serve Events and polls.
 */
public record AsObject(
        String id,
        String type,
        List<LinkOrObject> attributedTo,
        String name,
        String summary,
        String content,
        Map<String, String> contentMap,
        String mediaType,
        boolean sensitive,
        String inReplyTo,
        Instant published,
        Instant updated,
        List<Link> url,
        List<String> to,
        List<String> cc,
        List<String> audience,
        List<Tag> tag,
        List<Attachment> attachment,
        String quote,
        LinkOrObject replies,
        Instant startTime,
        Instant endTime,
        Place location,
        Poll poll) implements AsEntity, Addressed {

    public boolean isTombstone() {
        return "Tombstone".equals(type);
    }

    /** The first attributedTo id, which is the author for every server seen so far. */
    public String attributedToId() {
        return attributedTo.isEmpty() ? null : attributedTo.get(0).id();
    }

    /** The first url, preferring a text/html one (PeerTube lists the page among its video files). */
    public String firstUrl() {
        for (Link link : url) {
            if ("text/html".equals(link.mediaType())) {
                return link.href();
            }
        }
        return url.isEmpty() ? null : url.get(0).href();
    }
}
