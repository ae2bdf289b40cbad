package org.zongzhi.tenant.staff.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.staff.domain.StaffPolicy;
import org.zongzhi.tenant.tree.application.CenterQueries;
import org.zongzhi.tenant.tree.domain.AccessRevocations;
import org.zongzhi.tenant.tree.domain.AdminAccounts;
import org.zongzhi.tenant.tree.domain.AdminAccounts.Account;
import org.zongzhi.tenant.tree.domain.AdminAccounts.NewAccount;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterEvent;
import org.zongzhi.tenant.tree.domain.CenterRegistry;
import org.zongzhi.tenant.tree.domain.CenterStatus;
import org.zongzhi.tenant.tree.domain.StaffChanges;
import org.zongzhi.tenant.tree.domain.TreeVisibility;

/**
 * A center's staff, managed by its own admins. Accounts live in the identity provider only; what was done
 * (who was added with which role and phone, who was disabled or enabled and why) is the center's history.
 * Adding is all or nothing: every check comes before the account is created, and if the history cannot be
 * written the account is removed again.
 */
@Service
public class CenterStaff {

    private static final Logger log = LoggerFactory.getLogger(CenterStaff.class);

    /** The detail of a {@code STAFF_ADDED} event: {@code "<role> <username> (<full name>, <phone or ->)"}. */
    private static final Pattern ADDED = Pattern.compile("(\\S+) (\\S+) \\((.*), (\\S+)\\)");

    private final AdminAccounts accounts;
    private final AccessRevocations revocations;
    private final CenterQueries queries;
    private final CenterRegistry registry;
    private final TransactionTemplate transactions;

    CenterStaff(
            AdminAccounts accounts,
            AccessRevocations revocations,
            CenterQueries queries,
            CenterRegistry registry,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.revocations = revocations;
        this.queries = queries;
        this.registry = registry;
        this.transactions = transactions;
    }

    /** A staff member as the API shows it; {@code phone} as given when the account was added here, or null. */
    public record Member(
            String username,
            String fullName,
            List<String> roles,
            boolean enabled,
            String phone,
            java.time.Instant createdAt) {

        Member withEnabled(boolean now) {
            return new Member(username, fullName, roles, now, phone, createdAt);
        }
    }

    /** A new staff member and their one-time password, shown once and never stored. */
    public record Added(Member member, String oneTimePassword) {}

    public List<Member> list(Caller caller, TenantCode center) {
        requireOwnAdmin(caller, center);
        Map<String, String> phones = phones(caller, center);
        try {
            return accounts.accounts(center).stream()
                    .map(a -> member(a, phones.get(a.username())))
                    .toList();
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw unavailable("The center's accounts could not be read");
        }
    }

    public Added add(Caller caller, TenantCode center, AddStaff command) {
        Center current = requireOwnAdmin(caller, center);
        StaffPolicy.roleRefusal(command.role()).ifPresent(reason -> {
            throw Problems.badRequest(reason);
        });
        if (current.status() != CenterStatus.OPERATING) {
            throw Problems.conflict("Center " + center + " is "
                    + current.status().name().toLowerCase() + "; staff are added to an operating center only.");
        }
        String phone = command.phone() == null || command.phone().isBlank() ? null : command.phone();
        NewAccount created;
        try {
            created = accounts.create(center, command.username(), command.fullName(), command.role());
        } catch (AdminAccounts.AccountRefused e) {
            throw Problems.conflict("The account could not be created: " + e.getMessage()
                    + ". Nothing was changed; choose another username.");
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw unavailable("The account could not be created");
        }
        try {
            transactions.executeWithoutResult(tx -> registry.recordEvent(
                    center,
                    "STAFF_ADDED",
                    command.role() + " " + command.username() + " (" + command.fullName() + ", "
                            + (phone == null ? "-" : phone) + ")",
                    caller));
        } catch (RuntimeException e) {
            log.warn(
                    "Adding {} to {} failed after the account was created; removing the account",
                    command.username(),
                    center);
            accounts.delete(created.id());
            throw e;
        }
        log.info("Staff {} ({}) added to {} by {}", command.username(), command.role(), center, caller.username());
        return new Added(
                new Member(command.username(), command.fullName(), List.of(command.role()), true, phone, null),
                created.oneTimePassword());
    }

    public Member disable(Caller caller, TenantCode center, String username, String reason) {
        return setEnabled(caller, center, username, reason, false);
    }

    public Member enable(Caller caller, TenantCode center, String username, String reason) {
        return setEnabled(caller, center, username, reason, true);
    }

    private Member setEnabled(Caller caller, TenantCode center, String username, String reason, boolean enabled) {
        Center current = requireOwnAdmin(caller, center);
        if (enabled && current.status() != CenterStatus.OPERATING) {
            throw Problems.conflict(
                    "Center " + center + " is " + current.status().name().toLowerCase()
                            + "; its accounts are enabled again when it is reactivated.");
        }
        Account account;
        try {
            account = accounts.accounts(center).stream()
                    .filter(a -> a.username().equals(username))
                    .findFirst()
                    .orElseThrow(() -> Problems.notFound("Center " + center + " has no account " + username + "."));
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw unavailable("The account could not be read");
        }
        StaffPolicy.changeRefusal(caller, username, account.roles()).ifPresent(refusal -> {
            throw Problems.forbidden(refusal);
        });
        if (account.enabled() == enabled) {
            throw Problems.conflict("Account " + username + " is already " + (enabled ? "enabled" : "disabled") + ".");
        }
        try {
            accounts.setEnabled(List.of(account.id()), enabled);
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw unavailable("The account could not be " + (enabled ? "enabled" : "disabled"));
        }
        // After Keycloak disabled the account: every token it was issued is at or before this.
        java.time.Instant at = java.time.Instant.now();
        try {
            transactions.executeWithoutResult(tx -> registry.recordEvent(
                    center,
                    enabled ? StaffChanges.ENABLED : StaffChanges.DISABLED,
                    StaffChanges.detail(username, reason),
                    caller));
        } catch (RuntimeException e) {
            log.warn("Changing {} of {} failed after Keycloak changed; putting it back", username, center);
            accounts.setEnabled(List.of(account.id()), !enabled);
            throw e;
        }
        if (!enabled) {
            // Its access tokens already issued are refused at the gateway within seconds, not in 5 minutes.
            revocations.accountsDisabled(List.of(account.id()), at);
        }
        log.info("Staff {} of {} {} by {}", username, center, enabled ? "enabled" : "disabled", caller.username());
        return member(account, phones(caller, center).get(username)).withEnabled(enabled);
    }

    /**
     * The center, when the caller is one of its admins. Outside the caller's reach the answer is 404, as for
     * every read of the tree; a center above it, or a colleague without an admin role, is refused with 403.
     */
    private Center requireOwnAdmin(Caller caller, TenantCode center) {
        if (!TreeVisibility.canSeeOwnData(caller, center)) {
            throw Problems.notFound("There is no center " + center + " in your part of the tree.");
        }
        Center found = queries.get(caller, center);
        StaffPolicy.refusal(caller, center).ifPresent(reason -> {
            throw Problems.forbidden(reason);
        });
        return found;
    }

    /** The phone each account was added with here, from the center's history (newest first, so the latest wins). */
    private Map<String, String> phones(Caller caller, TenantCode center) {
        Map<String, String> phones = new HashMap<>();
        for (CenterEvent event : queries.history(caller, center)) {
            if ("STAFF_ADDED".equals(event.type()) && event.detail() != null) {
                Matcher added = ADDED.matcher(event.detail());
                if (added.matches() && !"-".equals(added.group(4))) {
                    phones.putIfAbsent(added.group(2), added.group(4));
                }
            }
        }
        return phones;
    }

    private static Member member(Account account, String phone) {
        return new Member(
                account.username(), account.fullName(), account.roles(), account.enabled(), phone, account.createdAt());
    }

    private static RuntimeException unavailable(String what) {
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "identity-provider-unavailable",
                "Sign-in service unavailable",
                what + " because the sign-in service is unavailable. Nothing was changed; try again in a moment.");
    }
}
