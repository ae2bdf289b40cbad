package org.zongzhi.console.gateway;

/** A call through the gateway that did not succeed: the HTTP status and the problem's {@code detail}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String detail;

    public ApiException(int status, String detail) {
        super(status + ": " + detail);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public boolean unauthorized() {
        return status == 401;
    }
}
