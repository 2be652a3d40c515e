package org.serge.core.account;

/** The ActivityStreams actor types an account may have. */
public enum ActorType {
    Person, Group, Application, Service, Organization;

    public static ActorType parse(String value) {
        for (ActorType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return Person;
    }
}
