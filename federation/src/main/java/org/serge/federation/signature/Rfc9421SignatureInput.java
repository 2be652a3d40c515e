package org.serge.federation.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One member of an RFC 9421 {@code Signature-Input} field: its label, the covered component names in order and
 * the signature parameters in the order they were sent (the base signs them in that order). Components with
 * parameters of their own (;sf, ;key, ;req, ;name, ;bs) are not supported.
 */
public record Rfc9421SignatureInput(String label, List<String> components, Map<String, Object> params) {

    public Rfc9421SignatureInput {
        Objects.requireNonNull(label, "label");
        components = List.copyOf(components);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** An input with created, keyid and (when not null) alg, in that order. */
    public static Rfc9421SignatureInput of(String label, List<String> components, long created, String keyId,
                                           String alg) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", created);
        params.put("keyid", keyId);
        if (alg != null) {
            params.put("alg", alg);
        }
        return new Rfc9421SignatureInput(label, components, params);
    }

    /** Every member of a Signature-Input field, by label, in field order. */
    public static Map<String, Rfc9421SignatureInput> parse(String fieldValue) {
        Map<String, Rfc9421SignatureInput> inputs = new LinkedHashMap<>();
        StructuredFields.parseDictionary(fieldValue).forEach((label, member) -> {
            if (!(member instanceof StructuredFields.InnerList list)) {
                throw new MalformedSignatureException("Signature-Input members must be inner lists");
            }
            List<String> components = new ArrayList<>();
            for (StructuredFields.Item item : list.items()) {
                if (!(item.value() instanceof String name) || !name.equals(name.toLowerCase(Locale.ROOT))) {
                    throw new MalformedSignatureException("component names must be lower-case strings");
                }
                if (!item.params().isEmpty()) {
                    throw new MalformedSignatureException("component parameters are not supported");
                }
                components.add(name);
            }
            if (new HashSet<>(components).size() != components.size()) {
                throw new MalformedSignatureException("a component is covered twice");
            }
            Rfc9421SignatureInput input = new Rfc9421SignatureInput(label, components, list.params());
            input.checkParamTypes();
            inputs.put(label, input);
        });
        return inputs;
    }

    public Long created() {
        return (Long) params.get("created");
    }

    public Long expires() {
        return (Long) params.get("expires");
    }

    public String keyId() {
        return (String) params.get("keyid");
    }

    public String alg() {
        return (String) params.get("alg");
    }

    public String nonce() {
        return (String) params.get("nonce");
    }

    public String tag() {
        return (String) params.get("tag");
    }

    /** The serialised inner list: the value of the {@code @signature-params} line and of the field member. */
    public String signatureParams() {
        List<StructuredFields.Item> items = components.stream()
                .map(name -> new StructuredFields.Item(name, Map.of()))
                .toList();
        return StructuredFields.serializeInnerList(new StructuredFields.InnerList(items, params));
    }

    public String toHeaderValue() {
        return label + "=" + signatureParams();
    }

    private void checkParamTypes() {
        for (String name : List.of("created", "expires")) {
            if (params.containsKey(name) && !(params.get(name) instanceof Long)) {
                throw new MalformedSignatureException(name + " must be an integer");
            }
        }
        for (String name : List.of("keyid", "alg", "nonce", "tag")) {
            if (params.containsKey(name) && !(params.get(name) instanceof String)) {
                throw new MalformedSignatureException(name + " must be a string");
            }
        }
    }
}
