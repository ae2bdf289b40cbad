package org.zongzhi.tenant.tree.application;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.tree.domain.AccessRevocations;
import org.zongzhi.tenant.tree.domain.AdminAccounts;
import org.zongzhi.tenant.tree.domain.AdminAccounts.NewAccount;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterDirectory;
import org.zongzhi.tenant.tree.domain.CenterRegistry;
import org.zongzhi.tenant.tree.domain.CenterStatus;
import org.zongzhi.tenant.tree.domain.OnboardingPolicy;
import org.zongzhi.tenant.tree.domain.StaffChanges;

/**
 * Onboarding, suspending and reactivating centers, by the level above them. Onboarding is all or nothing:
 * the center becomes operating only together with its admin account; if the account cannot be created the
 * center stays planned, and if the center cannot be saved the account is removed again.
 */
@Service
public class CenterOnboarding {

    private static final Logger log = LoggerFactory.getLogger(CenterOnboarding.class);

    private final CenterRegistry registry;
    private final CenterDirectory directory;
    private final AdminAccounts accounts;
    private final AccessRevocations revocations;
    private final TransactionTemplate transactions;

    CenterOnboarding(
            CenterRegistry registry,
            CenterDirectory directory,
            AdminAccounts accounts,
            AccessRevocations revocations,
            TransactionTemplate transactions) {
        this.registry = registry;
        this.directory = directory;
        this.accounts = accounts;
        this.revocations = revocations;
        this.transactions = transactions;
    }

    /** The onboarded center and its admin's one-time password, shown once and never stored. */
    public record Onboarded(Center center, NewAccount admin) {}

    public Onboarded onboard(Caller caller, TenantCode code, OnboardCenter command) {
        requireAllowed(caller, code);
        var created = new NewAccount[1];
        try {
            Center center = transactions.execute(tx -> {
                Center planned = lockedForChange(code);
                if (planned.status() != CenterStatus.PLANNED) {
                    throw Problems.conflict("Center " + code + " is already "
                            + planned.status().name().toLowerCase()
                            + (planned.status() == CenterStatus.SUSPENDED ? "; reactivate it instead." : "."));
                }
                created[0] = accounts.create(
                        code,
                        command.adminUsername(),
                        command.adminFullName(),
                        OnboardingPolicy.adminRoleFor(code.level()));
                registry.markOnboarded(
                        code,
                        command.displayName(),
                        command.address(),
                        command.openedOn(),
                        command.adminUsername(),
                        command.adminPhone(),
                        caller);
                registry.recordEvent(
                        code, "ONBOARDED", command.displayName() + ", admin " + command.adminUsername(), caller);
                return registry.lockForChange(code).orElseThrow();
            });
            registry.treeChanged();
            log.info("Center {} onboarded by {} with admin {}", code, caller.username(), command.adminUsername());
            return new Onboarded(center, created[0]);
        } catch (AdminAccounts.AccountRefused e) {
            throw Problems.conflict("The admin account could not be created: " + e.getMessage()
                    + ". Nothing was changed; choose another username.");
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw signInServiceUnavailable("The admin account could not be created");
        } catch (RuntimeException e) {
            if (created[0] != null) {
                log.warn("Onboarding of {} failed after its admin account was created; removing the account", code);
                accounts.delete(created[0].id());
            }
            throw e;
        }
    }

    public Center suspend(Caller caller, TenantCode code, String reason) {
        return changeStatus(caller, code, CenterStatus.OPERATING, CenterStatus.SUSPENDED, reason, "SUSPENDED");
    }

    public Center reactivate(Caller caller, TenantCode code, String reason) {
        return changeStatus(caller, code, CenterStatus.SUSPENDED, CenterStatus.OPERATING, reason, "REACTIVATED");
    }

    /**
     * Changes the status and, with it, whether the center's staff can sign in: suspending disables every
     * account of the center in Keycloak, reactivating enables them again (except those the center's own admins
     * disabled one by one). If Keycloak fails nothing changes;
     * if the database fails after Keycloak changed, the accounts are put back. Once it is done, the gateways
     * are told (within seconds they refuse the center's tokens already issued, or let them in again); the
     * tokens its accounts held before the suspension stay refused after a reactivation: its staff sign in anew.
     */
    private Center changeStatus(
            Caller caller, TenantCode code, CenterStatus from, CenterStatus to, String reason, String event) {
        requireAllowed(caller, code);
        boolean enable = to == CenterStatus.OPERATING;
        var changedAccounts = new java.util.ArrayList<String>();
        Center center;
        try {
            center = transactions.execute(tx -> {
                Center current = lockedForChange(code);
                if (current.status() != from) {
                    throw Problems.conflict(
                            "Center " + code + " is " + current.status().name().toLowerCase() + "; only "
                                    + from.name().toLowerCase() + " centers can be " + event.toLowerCase() + ".");
                }
                if (enable) {
                    changedAccounts.addAll(
                            enableAllBut(code, StaffChanges.disabledByTheCenter(directory.history(code))));
                } else {
                    changedAccounts.addAll(accounts.setEnabled(code, false));
                }
                registry.changeStatus(code, to, reason, caller);
                registry.recordEvent(
                        code,
                        event,
                        reason + " (" + changedAccounts.size() + " accounts " + (enable ? "enabled" : "disabled") + ")",
                        caller);
                return registry.lockForChange(code).orElseThrow();
            });
            registry.treeChanged();
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw signInServiceUnavailable("The center's accounts could not be " + (enable ? "enabled" : "disabled"));
        } catch (RuntimeException e) {
            if (!changedAccounts.isEmpty()) {
                log.warn("Status change of {} failed after its accounts changed; putting them back", code);
                accounts.setEnabled(changedAccounts, !enable);
            }
            throw e;
        }
        // After Keycloak disabled the accounts: every token they were issued is at or before this.
        java.time.Instant at = java.time.Instant.now();
        if (enable) {
            revocations.centerReactivated(code);
        } else {
            revocations.centerSuspended(code, at);
            revocations.accountsDisabled(changedAccounts, at);
        }
        return center;
    }

    /** Enables the center's disabled accounts except those its own admins disabled one by one. */
    private List<String> enableAllBut(TenantCode code, Set<String> keptDisabled) {
        List<String> ids = accounts.accounts(code).stream()
                .filter(a -> !a.enabled() && !keptDisabled.contains(a.username()))
                .map(AdminAccounts.Account::id)
                .toList();
        accounts.setEnabled(ids, true);
        return ids;
    }

    private static RuntimeException signInServiceUnavailable(String what) {
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "identity-provider-unavailable",
                "Sign-in service unavailable",
                what + " because the sign-in service is unavailable. Nothing was changed; try again in a moment.");
    }

    private void requireAllowed(Caller caller, TenantCode code) {
        OnboardingPolicy.refusal(caller, code).ifPresent(reason -> {
            throw Problems.forbidden(reason);
        });
    }

    private Center lockedForChange(TenantCode code) {
        return registry.lockForChange(code).orElseThrow(() -> CenterQueries.notVisible(code));
    }
}
