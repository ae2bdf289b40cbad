package org.zongzhi.console.gateway;

import java.util.Map;

/**
 * A call through the gateway that did not succeed: the HTTP status, the problem's {@code type} (its last
 * path segment, e.g. {@code transition-refused}), the field it names, its {@code detail} and its other
 * properties. {@code detail} is for logs; what a person reads comes from {@code ProblemText}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String field;
    private final String detail;
    private final Map<String, Object> properties;

    public ApiException(int status, String detail) {
        this(status, null, null, detail, Map.of());
    }

    public ApiException(int status, String type, String field, String detail, Map<String, Object> properties) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type;
        this.field = field;
        this.detail = detail;
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    /** The problem type's last path segment, or null when the answer was not a problem document. */
    public String type() {
        return type;
    }

    /** The JSON path of the field the problem is about, when it names one. */
    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }

    public Object property(String name) {
        return properties.get(name);
    }

    /**
     * The status a page answers with when it shows this refusal: the API's own for a client error, 502
     * for anything the platform failed at (the person's input was not the cause).
     */
    public int pageStatus() {
        return status >= 400 && status < 500 ? status : 502;
    }

    public boolean unauthorized() {
        return status == 401;
    }
}
