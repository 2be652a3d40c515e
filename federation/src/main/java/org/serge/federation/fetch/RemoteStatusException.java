package org.serge.federation.fetch;

/** The peer answered with a status other than 2xx (or a redirect that was followed). */
public class RemoteStatusException extends FetchException {

    private final int remoteStatus;

    public RemoteStatusException(int remoteStatus) {
        super(remoteStatus == 404 || remoteStatus == 410 ? 404 : 502, "the remote server answered " + remoteStatus);
        this.remoteStatus = remoteStatus;
    }

    public int remoteStatus() {
        return remoteStatus;
    }

    public boolean isGone() {
        return remoteStatus == 410;
    }
}
