package org.serge.web.activitypub;

import java.util.function.Consumer;

/**
 * What the inbox tells the rest of the node: a signer's host[:port] whose signature verified (the delivery queue
 * revives it when it was unavailable), an activity stored, an activity processed (counters).
 */
public record InboxHooks(Consumer<String> signerVerified, Runnable received, Runnable processed) {

    public static final InboxHooks NONE = new InboxHooks(host -> { }, () -> { }, () -> { });
}
