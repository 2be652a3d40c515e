package org.serge.federation.vocab;

/**
 * Caps applied while parsing. The JSON caps are enforced by Jackson's StreamReadConstraints; the array caps
 * by the reader, on every array it reads (at any depth). Arrays in properties Serge does not read are bounded
 * only by the document size.
 *
 * @param maxDocumentBytes  whole document, in bytes (the inbox body cap, rule 7)
 * @param maxNestingDepth   JSON objects and arrays nested in each other
 * @param maxStringLength   one JSON string, in characters
 * @param maxPollOptions    oneOf, and anyOf, each (CVE-2026-23962)
 * @param maxTags           tag entries
 * @param maxAttachments    attachment entries
 * @param maxRecipients     to, cc and audience, each
 * @param maxCollectionItems items or orderedItems of one collection or page
 * @param maxOtherArray     any other array read: object, attributedTo, url, icon, keys, alsoKnownAs, contentMap
 */
public record VocabularyLimits(
        int maxDocumentBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxPollOptions,
        int maxTags,
        int maxAttachments,
        int maxRecipients,
        int maxCollectionItems,
        int maxOtherArray) {

    public static final VocabularyLimits DEFAULTS =
            new VocabularyLimits(1024 * 1024, 64, 1024 * 1024, 200, 500, 100, 1000, 1000, 100);
}
