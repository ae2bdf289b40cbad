package org.zongzhi.tenant.tree.infrastructure;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.tree.domain.AdminAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Center admin accounts in Keycloak, through its Admin API, as the service account of the confidential
 * client {@code zongzhi-tenant-service} (which may manage users and nothing else).
 */
@Component
class KeycloakAdminAccounts implements AdminAccounts {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.Set<String> KEYCLOAK_DEFAULT_ROLES =
            java.util.Set.of("default-roles-zongzhi", "offline_access", "uma_authorization");

    private final RestClient http;
    private final String adminBase;
    private final ServiceAccount serviceAccount;

    KeycloakAdminAccounts(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            @Value("${platform.keycloak-admin.client-id:zongzhi-tenant-service}") String clientId,
            @Value("${platform.keycloak-admin.client-secret:tenant-service-demo-secret}") String clientSecret) {
        this.http = builder.build();
        this.adminBase = security.issuer().replace("/realms/", "/admin/realms/");
        this.serviceAccount = new ServiceAccount(security.issuer(), clientId, clientSecret);
    }

    @Override
    public NewAccount create(TenantCode center, String username, String fullName, String role) {
        String password = oneTimePassword();
        // The realm's user profile has one name field: firstName holds the whole name (姓名), no e-mail.
        Map<String, Object> user = Map.of(
                "username",
                username,
                "enabled",
                true,
                "firstName",
                fullName,
                "attributes",
                Map.of("tenant", List.of(center.value())),
                "requiredActions",
                List.of("UPDATE_PASSWORD"),
                "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", true)));
        String id;
        try {
            ResponseEntity<Void> created = http.post()
                    .uri(adminBase + "/users")
                    .header("Authorization", "Bearer " + token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(user)
                    .retrieve()
                    .toBodilessEntity();
            String location = String.valueOf(created.getHeaders().getLocation());
            id = location.substring(location.lastIndexOf('/') + 1);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.CONFLICT) {
                throw new AccountRefused("the username " + username + " is already taken");
            }
            throw new AccountRefused("the sign-in service refused it ("
                    + e.getStatusCode().value() + ": " + e.getResponseBodyAsString() + ")");
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable("creating user " + username + " failed", e);
        }
        try {
            grantRealmRole(id, role);
        } catch (RuntimeException e) {
            delete(id);
            throw new IdentityProviderUnavailable("granting " + role + " to " + username + " failed", e);
        }
        return new NewAccount(id, username, password);
    }

    private void grantRealmRole(String userId, String role) {
        JsonNode available = http.get()
                .uri(adminBase + "/users/" + userId + "/role-mappings/realm/available")
                .header("Authorization", "Bearer " + token())
                .retrieve()
                .body(JsonNode.class);
        JsonNode match = null;
        for (JsonNode candidate : available) {
            if (role.equals(candidate.get("name").asString())) {
                match = candidate;
            }
        }
        if (match == null) {
            throw new IllegalStateException("the realm has no role " + role);
        }
        http.post()
                .uri(adminBase + "/users/" + userId + "/role-mappings/realm")
                .header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("id", match.get("id").asString(), "name", role)))
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public List<Account> accounts(TenantCode center) {
        try {
            JsonNode users = http.get()
                    .uri(adminBase + "/users?briefRepresentation=true&max=10000&q=tenant:{code}", center.value())
                    .header("Authorization", "Bearer " + token())
                    .retrieve()
                    .body(JsonNode.class);
            var accounts = new java.util.ArrayList<Account>();
            for (JsonNode user : users) {
                String id = user.get("id").asString();
                JsonNode roles = http.get()
                        .uri(adminBase + "/users/" + id + "/role-mappings/realm")
                        .header("Authorization", "Bearer " + token())
                        .retrieve()
                        .body(JsonNode.class);
                var names = new java.util.ArrayList<String>();
                for (JsonNode role : roles) {
                    String name = role.get("name").asString();
                    if (!KEYCLOAK_DEFAULT_ROLES.contains(name)) {
                        names.add(name);
                    }
                }
                JsonNode created = user.get("createdTimestamp");
                accounts.add(new Account(
                        id,
                        user.get("username").asString(),
                        user.path("firstName").asString(null),
                        user.path("enabled").asBoolean(true),
                        List.copyOf(names),
                        created == null || created.isNull() ? null : java.time.Instant.ofEpochMilli(created.asLong())));
            }
            accounts.sort(java.util.Comparator.comparing(Account::username));
            return accounts;
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable("reading the accounts of " + center + " failed", e);
        }
    }

    @Override
    public List<String> setEnabled(TenantCode center, boolean enabled) {
        try {
            JsonNode users = http.get()
                    .uri(adminBase + "/users?briefRepresentation=true&max=10000&q=tenant:{code}", center.value())
                    .header("Authorization", "Bearer " + token())
                    .retrieve()
                    .body(JsonNode.class);
            var changed = new java.util.ArrayList<String>();
            for (JsonNode user : users) {
                if (user.path("enabled").asBoolean(true) != enabled) {
                    changed.add(user.get("id").asString());
                }
            }
            setEnabled(changed, enabled);
            return changed;
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable(
                    (enabled ? "enabling" : "disabling") + " the accounts of " + center + " failed", e);
        }
    }

    @Override
    public void setEnabled(List<String> accountIds, boolean enabled) {
        try {
            for (String id : accountIds) {
                http.put()
                        .uri(adminBase + "/users/" + id)
                        .header("Authorization", "Bearer " + token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("enabled", enabled))
                        .retrieve()
                        .toBodilessEntity();
            }
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable((enabled ? "enabling" : "disabling") + " accounts failed", e);
        }
    }

    @Override
    public void delete(String accountId) {
        try {
            http.delete()
                    .uri(adminBase + "/users/" + accountId)
                    .header("Authorization", "Bearer " + token())
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw new IdentityProviderUnavailable("removing account " + accountId + " failed", e);
        }
    }

    private String token() {
        try {
            return serviceAccount.token();
        } catch (ServiceAccount.Unavailable e) {
            throw new IdentityProviderUnavailable(e.getMessage(), e);
        }
    }

    static String oneTimePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.append('#').append(RANDOM.nextInt(10)).toString();
    }
}
