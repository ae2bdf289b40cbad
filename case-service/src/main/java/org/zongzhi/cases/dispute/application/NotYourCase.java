package org.zongzhi.cases.dispute.application;

import org.zongzhi.platform.tenancy.Caller;

/** The caller can read the case (it is in their subtree) but another center holds it and acts on it. */
public final class NotYourCase extends RuntimeException {

    NotYourCase(String code, String holder, Caller caller) {
        super("Case " + code + " is held by center " + holder + "; " + caller.tenant()
                + " can read it but only the holding center can act on it.");
    }
}
