package org.zongzhi.tenant.conformance.domain;

/**
 * What backs a self-assessed item: an uploaded file, one of the center's cases, or a revision of its profile.
 *
 * @param ref the file id, the case id, or the profile revision number
 */
public record EvidenceRef(Kind kind, String ref, String label) {

    public enum Kind {
        FILE,
        CASE,
        PROFILE_REVISION
    }
}
