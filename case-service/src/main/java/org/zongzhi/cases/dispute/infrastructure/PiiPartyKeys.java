package org.zongzhi.cases.dispute.infrastructure;

import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.PartyKeys;
import org.zongzhi.cases.dispute.domain.Party;
import org.zongzhi.cases.dispute.domain.PartyKind;

/**
 * Party keys from the blind-index key, under their own label: they match the same person across events
 * but cannot be joined to the store's lookup indexes.
 */
@Component
class PiiPartyKeys implements PartyKeys {

    private final PiiCipher cipher;

    PiiPartyKeys(PiiCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String of(Party party) {
        if (party.idNumber() != null) {
            return cipher.blindIndex("party-key:id-number", party.idNumber().value());
        }
        if (party.kind() == PartyKind.ORGANISATION) {
            return cipher.blindIndex("party-key:organisation", party.name());
        }
        return null;
    }
}
