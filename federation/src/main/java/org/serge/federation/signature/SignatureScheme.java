package org.serge.federation.signature;

/** The two HTTP-signature formats the fediverse uses. */
public enum SignatureScheme {
    /** draft-cavage-http-signatures-12: a {@code Signature} (or {@code Authorization: Signature}) header. */
    CAVAGE,
    /** RFC 9421 HTTP Message Signatures: {@code Signature-Input} and {@code Signature}, with RFC 9530 Content-Digest. */
    RFC9421
}
