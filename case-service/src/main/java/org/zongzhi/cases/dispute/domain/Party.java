package org.zongzhi.cases.dispute.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An applicant or respondent: a person (ID number and phone optional, validated when given) or an
 * organisation (no ID number).
 */
public record Party(
        UUID id,
        PartyRole role,
        PartyKind kind,
        String name,
        NationalIdNumber idNumber,
        PhoneNumber phone,
        String address,
        Set<Vulnerability> vulnerabilities) {

    public Party {
        Objects.requireNonNull(id, "id");
        Text.present(role, "role", "a party's role (APPLICANT or RESPONDENT)");
        Text.present(kind, "kind", "a party's kind (PERSON or ORGANISATION)");
        name = Text.required(name, "name", "a party's name", 100);
        address = Text.optional(address, "address", "a party's address", 200);
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
        if (kind == PartyKind.ORGANISATION && idNumber != null) {
            throw new InvalidField(
                    "idNumber",
                    "an organisation has no national ID number; give the person who represents it as a party");
        }
        if (kind == PartyKind.ORGANISATION && !vulnerabilities.isEmpty()) {
            throw new InvalidField("vulnerabilities", "only people can be vulnerable parties");
        }
    }

    public boolean isPerson() {
        return kind == PartyKind.PERSON;
    }
}
