package org.zongzhi.tenant.conformance.domain;

/** The inspecting parent's finding on an item: confirmed, or failed with a reason. */
public enum Verdict {
    PASS,
    FAIL
}
