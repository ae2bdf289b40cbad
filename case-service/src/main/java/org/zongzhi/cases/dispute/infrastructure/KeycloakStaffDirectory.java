package org.zongzhi.cases.dispute.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.DirectoryUnavailable;
import org.zongzhi.cases.dispute.application.StaffDirectory;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff accounts from Keycloak's Admin API ({@code GET /admin/realms/<realm>/users?exact=true}), as the
 * service account of {@code cases.directories.staff-client-id}, which needs the realm-management role
 * {@code view-users} and nothing else.
 */
@Component
class KeycloakStaffDirectory implements StaffDirectory {

    private final HttpClient http;
    private final String usersUrl;
    private final ServiceAccount account;
    private final DirectoryProperties properties;
    private final JsonMapper json;

    KeycloakStaffDirectory(PlatformSecurityProperties security, DirectoryProperties properties, JsonMapper json) {
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.usersUrl = security.issuer().replace("/realms/", "/admin/realms/") + "/users";
        this.account =
                new ServiceAccount(security.issuer(), properties.staffClientId(), properties.staffClientSecret());
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        if (!couldBeAUsername(username)) {
            // Keycloak refuses such a query (400, or 431 when too long): it is nobody, not a directory outage.
            return Optional.empty();
        }
        HttpResponse<String> response = get(username);
        if (response.statusCode() == 401) {
            account.invalidate();
            response = get(username);
        }
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailable(
                    "the sign-in service did not list its users (" + response.statusCode() + ")", null);
        }
        for (JsonNode user : json.readTree(response.body())) {
            if (username.equals(user.path("username").asString(null))
                    && user.path("enabled").asBoolean(false)) {
                JsonNode tenant = user.path("attributes").path("tenant");
                return Optional.of(new StaffMember(
                        username, tenant.isArray() ? tenant.path(0).asString(null) : null));
            }
        }
        return Optional.empty();
    }

    /** Keycloak usernames are at most 255 characters without control characters. */
    static boolean couldBeAUsername(String username) {
        return username != null
                && !username.isBlank()
                && username.length() <= 255
                && username.chars().noneMatch(Character::isISOControl);
    }

    private HttpResponse<String> get(String username) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(usersUrl + "?exact=true&briefRepresentation=false&username="
                                    + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                            .timeout(properties.timeout())
                            .header("Authorization", "Bearer " + account.token())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ServiceAccount.Unavailable | IOException e) {
            throw new DirectoryUnavailable("the sign-in service could not be asked who " + username + " is", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted while asking the sign-in service", e);
        }
    }
}
