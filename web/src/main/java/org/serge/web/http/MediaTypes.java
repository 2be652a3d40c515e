package org.serge.web.http;

/** The content types Serge speaks. */
public final class MediaTypes {

    public static final String ACTIVITY_JSON = "application/activity+json";
    public static final String LD_JSON_AS = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    public static final String JRD_JSON = "application/jrd+json; charset=utf-8";
    public static final String XRD_XML = "application/xrd+xml; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    private MediaTypes() {
    }
}
