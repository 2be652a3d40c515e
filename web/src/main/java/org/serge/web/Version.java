package org.serge.web;

/** The software's name and version, as NodeInfo and the User-Agent tell them. */
public final class Version {

    public static final String NAME = "serge";
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
