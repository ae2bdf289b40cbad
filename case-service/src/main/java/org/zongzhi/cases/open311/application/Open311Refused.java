package org.zongzhi.cases.open311.application;

/**
 * A refusal in GeoReport's terms: the HTTP status (400, 403, 404, 429) and a description the client's
 * developers can act on, rendered as the spec's error list.
 *
 * @param retryAfterSeconds for 429, when to try again; 0 otherwise
 */
public final class Open311Refused extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    public Open311Refused(int status, String description) {
        this(status, description, 0);
    }

    public Open311Refused(int status, String description, long retryAfterSeconds) {
        super(description);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static Open311Refused badRequest(String description) {
        return new Open311Refused(400, description);
    }

    static Open311Refused forbidden(String description) {
        return new Open311Refused(403, description);
    }

    static Open311Refused notFound(String description) {
        return new Open311Refused(404, description);
    }
}
