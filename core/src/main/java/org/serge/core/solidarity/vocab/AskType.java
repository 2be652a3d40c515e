package org.serge.core.solidarity.vocab;

/** What a solidarity call asks for. */
public enum AskType implements WireNamed {
    MONEY, MESSAGE, ATTEND, BOYCOTT, SYMPATHY_ACTION, SIGN;

    public static AskType parse(String wire) {
        return Vocabulary.parse(AskType.class, wire, "ask type");
    }
}
