package org.serge.federation.vocab;

import java.util.Set;

/**
 * The types Serge knows, by kind. A type outside these sets is still read (see {@link ActivityStreamsCodec}
 * for how its kind is guessed); these sets only settle the clear cases. Question is read as a content object
 * (a poll), although ActivityStreams calls it an intransitive activity.
 */
public final class AsTypes {

    static final Set<String> ACTIVITIES = Set.of(
            "Accept", "Add", "Announce", "Arrive", "Block", "Create", "Delete", "Dislike", "Flag", "Follow",
            "Ignore", "Invite", "Join", "Leave", "Like", "Listen", "Move", "Offer", "Read", "Reject", "Remove",
            "TentativeAccept", "TentativeReject", "Travel", "Undo", "Update", "View",
            // extensions seen in the wild: Pleroma/Misskey reactions, Lemmy moderation, quote authorisation
            "EmojiReact", "EmojiReaction", "Lock", "QuoteRequest", "Bite");

    static final Set<String> ACTORS = Set.of("Person", "Group", "Service", "Application", "Organization");

    static final Set<String> COLLECTIONS =
            Set.of("Collection", "OrderedCollection", "CollectionPage", "OrderedCollectionPage");

    static final Set<String> OBJECTS = Set.of(
            "Note", "Article", "Page", "Question", "Event", "Tombstone", "Image", "Video", "Audio", "Document",
            "Place", "Profile", "Relationship", "ChatMessage");

    private AsTypes() {
    }

    public static boolean isActivity(String type) {
        return ACTIVITIES.contains(type);
    }

    public static boolean isActor(String type) {
        return ACTORS.contains(type);
    }

    public static boolean isCollection(String type) {
        return COLLECTIONS.contains(type);
    }

    public static boolean isObject(String type) {
        return OBJECTS.contains(type);
    }

    static boolean isKnown(String type) {
        return isActivity(type) || isActor(type) || isCollection(type) || isObject(type);
    }

    /** "as:Note" and "https://www.w3.org/ns/activitystreams#Note" become "Note". */
    static String withoutPrefix(String type) {
        if (type.startsWith("as:")) {
            return type.substring(3);
        }
        String full = "https://www.w3.org/ns/activitystreams#";
        return type.startsWith(full) ? type.substring(full.length()) : type;
    }
}
