package org.serge.core.error;

/**
 * A failure with an HTTP status and a message that is safe to show to any client. Services fail their futures
 * with it; one failure handler in the web layer turns it into a response. The message never holds internals.
 */
public class ServiceException extends RuntimeException {

    private final int status;

    public ServiceException(int status, String clientMessage) {
        super(clientMessage, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ServiceException badRequest(String message) {
        return new ServiceException(400, message);
    }

    public static ServiceException unauthorized(String message) {
        return new ServiceException(401, message);
    }

    public static ServiceException forbidden(String message) {
        return new ServiceException(403, message);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException(404, message);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException(409, message);
    }

    public static ServiceException unprocessable(String message) {
        return new ServiceException(422, message);
    }
}
