package org.serge.core.config;

/** The URLs this node gives to its own actors and collections. One place, so that routes and documents agree. */
public final class LocalUris {

    private final String base;

    public LocalUris(NodeConfig config) {
        this.base = config.baseUrl();
    }

    public String base() {
        return base;
    }

    public String actor(String username) {
        return base + "/users/" + username;
    }

    public String mainKey(String username) {
        return actor(username) + "#main-key";
    }

    public String ed25519Key(String username) {
        return actor(username) + "#ed25519-key";
    }

    public String inbox(String username) {
        return actor(username) + "/inbox";
    }

    public String outbox(String username) {
        return actor(username) + "/outbox";
    }

    public String followers(String username) {
        return actor(username) + "/followers";
    }

    public String following(String username) {
        return actor(username) + "/following";
    }

    public String featured(String username) {
        return actor(username) + "/collections/featured";
    }

    public String profilePage(String username) {
        return base + "/@" + username;
    }

    public String status(String username, long id) {
        return actor(username) + "/statuses/" + id;
    }

    public String statusUrl(String username, long id) {
        return profilePage(username) + "/" + id;
    }

    /** Ids of activities that have no page of their own (Follow, Like, Block): fragments of the actor. */
    public String activity(String username, String kind, long id) {
        return actor(username) + "#" + kind + "/" + id;
    }

    public String tag(String name) {
        return base + "/tags/" + name;
    }

    /** Where a stored media file (by its key) is served; the client API's media routes serve {@code /media/}. */
    public String mediaFile(String key) {
        return base + "/media/" + key;
    }

    public String sharedInbox() {
        return base + "/inbox";
    }

    public String applicationActor() {
        return base + "/actor";
    }

    public String defaultAvatar() {
        return base + "/static/avatar.png";
    }

    public String defaultHeader() {
        return base + "/static/header.png";
    }
}
