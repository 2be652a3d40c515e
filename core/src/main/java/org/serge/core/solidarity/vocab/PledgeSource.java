package org.serge.core.solidarity.vocab;

/** How a pledge arrived: a structured Serge pledge (with its object URI), a poll vote, or a reply. */
public enum PledgeSource implements WireNamed {
    SERGE_PLEDGE, POLL_VOTE, REPLY;

    public static PledgeSource parse(String wire) {
        return Vocabulary.parse(PledgeSource.class, wire, "pledge source");
    }
}
