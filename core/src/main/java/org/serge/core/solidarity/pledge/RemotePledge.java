package org.serge.core.solidarity.pledge;

/**
 * A pledge received from another node: the call's Question id, the (already stored) remote pledger, the pledge
 * object's id, how it came (wire name: serge-pledge or reply) and what it commits to. The pledger's node is
 * their account's domain.
 */
public record RemotePledge(String callUri, long accountId, String objectUri, String source, NewPledge pledge) {
}
