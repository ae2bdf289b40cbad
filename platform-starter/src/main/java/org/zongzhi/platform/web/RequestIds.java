package org.zongzhi.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id the gateway puts on every request and every service logs as {@code requestId}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {}

    /** The given id when it is safe to log, otherwise a new one: a client cannot inject text into logs. */
    public static String acceptOrCreate(String candidate) {
        if (candidate != null && SAFE.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }
}
