package org.zongzhi.cases.dispute.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.dispute.application.PartyContacts.Contact;
import org.zongzhi.cases.dispute.application.PartyContacts.Disclosure;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.NoSuchPart;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.web.RequestIds;

/**
 * Showing a party's full national ID number and phone to the people of the holding center who must
 * contact them. Every such read is written to the disclosure log, with its purpose, in the same
 * transaction: no log, no data.
 */
@Service
public class PartyDisclosure {

    private final PartyContacts contacts;
    private final CaseReadModel reads;
    private final CaseChanges changes;

    PartyDisclosure(PartyContacts contacts, CaseReadModel reads, CaseChanges changes) {
        this.contacts = contacts;
        this.reads = reads;
        this.changes = changes;
    }

    @Transactional
    public Contact reveal(Caller caller, UUID caseId, UUID partyId, String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
            throw new InvalidField(
                    "purpose", "say why you need the full contact data (purpose, up to 500 characters); it is logged");
        }
        if (!Roles.any(caller, Roles.REVEAL)) {
            throw new AccessDeniedException("role may not see unmasked personal data");
        }
        CaseSnapshot snapshot = reads.byId(caseId).orElseThrow(() -> new CaseNotFound(caseId.toString()));
        if (!snapshot.holderCenter().equals(caller.tenant().value())) {
            throw new NotYourCase(snapshot.code(), snapshot.holderCenter(), caller);
        }
        Contact contact = contacts.unmasked(caseId, partyId)
                .orElseThrow(() -> new NoSuchPart("case " + snapshot.code() + " has no party " + partyId));
        List<String> fields = new ArrayList<>();
        if (contact.idNumber() != null) {
            fields.add("idNumber");
        }
        if (contact.phone() != null) {
            fields.add("phone");
        }
        contacts.recordDisclosure(new Disclosure(
                changes.now(),
                caller.username(),
                caller.tenant().value(),
                caseId,
                partyId,
                String.join(",", fields),
                purpose.strip(),
                MDC.get(RequestIds.MDC_KEY)));
        return contact;
    }
}
