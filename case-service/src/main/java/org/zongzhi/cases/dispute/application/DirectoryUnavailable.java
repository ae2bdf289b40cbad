package org.zongzhi.cases.dispute.application;

/** The identity provider or tenant-service did not answer a question a change depends on: try again later. */
public final class DirectoryUnavailable extends RuntimeException {

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
