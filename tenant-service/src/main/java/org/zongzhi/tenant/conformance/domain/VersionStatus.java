package org.zongzhi.tenant.conformance.domain;

/** A draft is edited; a published version never changes and rounds are pinned to it; a retired one opens no new rounds. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
