package org.zongzhi.cases.dispute.domain;

/** A task, agreement or supervision order the case does not have. */
public final class NoSuchPart extends RuntimeException {

    public NoSuchPart(String message) {
        super(message);
    }
}
