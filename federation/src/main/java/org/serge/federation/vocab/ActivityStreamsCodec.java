package org.serge.federation.vocab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads ActivityStreams documents as plain JSON of known shapes: @context is ignored and never fetched (rule 8),
 * compacted forms such as "as:Public" are understood. Every property may be a string, an object or an array of
 * either; unknown types and properties are skipped, never an error. Only broken JSON and oversized documents are
 * refused.
 *
 * <p>Caps (rule 7, CVE-2026-23962) come from {@link VocabularyLimits}: Jackson refuses documents that are too
 * long or nested too deep, strings and numbers that are too long; the reader refuses any array it reads that is
 * over its cap (poll options over 200, tags over 500, attachments over 100, recipients over 1000 per field...).
 * Refusing rather than truncating is deliberate: a poll whose options were cut, or a post whose audience was
 * cut, would be shown or delivered as something its author never sent, and no honest server sends such arrays.
 * Both refusals are a {@link PayloadLimitException}. Duplicate keys are refused too, as JCS (RFC 8785) signing
 * requires, so that the parser and the proof verifier cannot see different documents.
 *
 * <p>Thread-safe; make one and share it.
 */
public final class ActivityStreamsCodec {

    private final ObjectMapper mapper;
    private final EntityReader reader;
    private final VocabularyLimits limits;

    public ActivityStreamsCodec() {
        this(VocabularyLimits.DEFAULTS);
    }

    public ActivityStreamsCodec(VocabularyLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxNameLength(1024)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.reader = new EntityReader(limits);
    }

    /**
     * Parses and classifies a document.
     *
     * @throws PayloadLimitException   when a size, depth or array cap is exceeded
     * @throws ActivityStreamsException when the bytes are not one JSON value
     */
    public ParseResult parse(byte[] json) {
        if (json.length > limits.maxDocumentBytes()) {
            throw new PayloadLimitException(
                    "document of " + json.length + " bytes, the limit is " + limits.maxDocumentBytes());
        }
        return reader.read(readTree(json));
    }

    public ParseResult parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The typed value of a tree already read, for example an object embedded in a document parsed earlier. */
    public ParseResult read(JsonNode json) {
        return reader.read(json);
    }

    /** The JSON tree alone, with the same caps, for code that reads extension properties itself. */
    public JsonNode readTree(byte[] json) {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new ActivityStreamsException("empty document");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new PayloadLimitException(e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ActivityStreamsException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ActivityStreamsException("unreadable JSON", e);
        }
    }

    /** Serialises a tree (or any value Jackson can write) as UTF-8 JSON. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName(), e);
        }
    }
}
