package org.zongzhi.cases.dispute.application;

import org.zongzhi.cases.dispute.domain.Party;

/**
 * A keyed hash per party that is the same for the same person in every case (of the national ID number,
 * or of an organisation's name), so that repeated complaints can be recognised without personal data.
 */
public interface PartyKeys {

    /** The party's key, or null for a person whose ID number is unknown. */
    String of(Party party);
}
