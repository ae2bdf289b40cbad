package org.zongzhi.cases.dispute.application;

/**
 * No case the caller may see has this id or code. The same answer for a case that does not exist and
 * one of another subtree, so that guessing tells nothing.
 */
public final class CaseNotFound extends RuntimeException {

    public CaseNotFound(String what) {
        super("No case " + what + " is visible to your center. Check the id or code; cases of other centers'"
                + " subtrees are not shown.");
    }
}
