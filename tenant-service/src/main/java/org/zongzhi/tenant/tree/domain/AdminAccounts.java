package org.zongzhi.tenant.tree.domain;

import org.zongzhi.platform.tenancy.TenantCode;

/** The identity provider's accounts of centers' admins. */
public interface AdminAccounts {

    /**
     * Creates an account for the first admin of a center, attached to the center by its tenant claim, with a
     * one-time password the admin must change at first sign-in.
     *
     * @throws AccountRefused when the identity provider refuses the account (e.g. the username is taken)
     * @throws IdentityProviderUnavailable when the identity provider cannot be reached or fails
     */
    NewAccount create(TenantCode center, String username, String fullName, String role);

    /** Removes an account created by {@link #create}, to undo an onboarding that did not complete. */
    void delete(String accountId);

    /**
     * Enables or disables every account of the center (its staff can or cannot sign in any more); returns
     * the ids of the accounts changed.
     */
    java.util.List<String> setEnabled(TenantCode center, boolean enabled);

    /** Enables or disables the given accounts, to undo {@link #setEnabled(TenantCode, boolean)}. */
    void setEnabled(java.util.List<String> accountIds, boolean enabled);

    record NewAccount(String id, String username, String oneTimePassword) {}

    final class AccountRefused extends RuntimeException {
        public AccountRefused(String message) {
            super(message);
        }
    }

    final class IdentityProviderUnavailable extends RuntimeException {
        public IdentityProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
