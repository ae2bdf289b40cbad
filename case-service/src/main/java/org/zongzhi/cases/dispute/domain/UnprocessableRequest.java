package org.zongzhi.cases.dispute.domain;

/**
 * A well-formed request the case cannot take: a referral outside the caller's reach, an agreement signed
 * by someone who is not a party, a hand-over to the person already responsible.
 */
public final class UnprocessableRequest extends RuntimeException {

    public UnprocessableRequest(String message) {
        super(message);
    }
}
