package org.zongzhi.tenant.tree.domain;

import org.zongzhi.platform.tenancy.TenantCode;

/** The identity provider's accounts of centers' staff: the first admin made at onboarding, and staff added by it. */
public interface AdminAccounts {

    /**
     * Creates an account for a center's admin or staff member with one realm role, attached to the center by
     * its tenant claim, with a one-time password the person must change at first sign-in.
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

    /** Every account attached to the center by its tenant claim, with its platform roles, by username. */
    java.util.List<Account> accounts(TenantCode center);

    record NewAccount(String id, String username, String oneTimePassword) {}

    /** An account as the identity provider holds it; {@code roles} are the realm roles without Keycloak's defaults. */
    record Account(
            String id,
            String username,
            String fullName,
            boolean enabled,
            java.util.List<String> roles,
            java.time.Instant createdAt) {}

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
