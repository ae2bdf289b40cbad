package org.zongzhi.cases.dispute.domain;

import java.util.Objects;
import java.util.UUID;

/** A case's technical identity; the code is what people use. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId newId() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId of(String text) {
        try {
            return new CaseId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a case id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
