package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Unmasked contact data of a case's party, and the audit log every such read is written to. */
public interface PartyContacts {

    Optional<Contact> unmasked(UUID caseId, UUID partyId);

    void recordDisclosure(Disclosure disclosure);

    record Contact(UUID partyId, String name, String idNumber, String phone, String address) {}

    record Disclosure(
            Instant at,
            String reader,
            String readerCenter,
            UUID caseId,
            UUID partyId,
            String fields,
            String purpose,
            String requestId) {}
}
