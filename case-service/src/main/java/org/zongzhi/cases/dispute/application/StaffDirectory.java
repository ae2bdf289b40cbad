package org.zongzhi.cases.dispute.application;

import java.util.Optional;

/**
 * The platform's staff accounts (the realm's users): who a mediator named on a task is, so that work is
 * given only to people who exist and can sign in to do it.
 */
public interface StaffDirectory {

    /** The enabled account with exactly this username; empty when there is none or it is disabled. */
    Optional<StaffMember> find(String username);

    /** A staff account: its username and the center it belongs to (null for service accounts). */
    record StaffMember(String username, String center) {}
}
