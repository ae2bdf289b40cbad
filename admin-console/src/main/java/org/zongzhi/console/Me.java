package org.zongzhi.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.zongzhi.console.domain.StaffRoles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person as the pages show them: name, center and platform roles. The roles are read
 * from the access token the gateway verifies on every call; the console uses them only to decide which
 * forms to offer, never to allow anything.
 */
public record Me(String username, String name, String tenant, List<String> roles) {

    static Me of(OidcUser user, OAuth2AuthorizedClient client, JsonMapper json) {
        if (user == null) {
            return null;
        }
        String name = user.getFullName();
        if (name == null || name.isBlank()) {
            name = user.getPreferredUsername();
        }
        return new Me(user.getPreferredUsername(), name, user.getClaimAsString("tenant"), roles(client, json));
    }

    public boolean can(String capability) {
        return switch (capability) {
            case "intake" -> StaffRoles.any(roles, StaffRoles.INTAKE);
            case "reveal" -> StaffRoles.any(roles, StaffRoles.REVEAL);
            case "admin" -> StaffRoles.any(roles, StaffRoles.ADMIN);
            default -> roles.contains(capability);
        };
    }

    public boolean gridWorker() {
        return roles.contains("grid-worker") && !StaffRoles.any(roles, StaffRoles.ADMIN);
    }

    public String roleNames() {
        return String.join("、", roles.stream().map(StaffRoles::label).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(OAuth2AuthorizedClient client, JsonMapper json) {
        if (client == null || client.getAccessToken() == null) {
            return List.of();
        }
        String[] parts = client.getAccessToken().getTokenValue().split("\\.");
        if (parts.length < 2) {
            return List.of();
        }
        try {
            Map<String, Object> claims = json.readValue(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
            List<String> roles = new ArrayList<>();
            if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof List<?> list) {
                for (Object role : list) {
                    if (role != null && StaffRoles.isPlatformRole(role.toString())) {
                        roles.add(role.toString());
                    }
                }
            }
            return List.copyOf(roles);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
