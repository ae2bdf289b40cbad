package org.zongzhi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test instance's Keycloak through its Admin API, signed in as the local bootstrap administrator
 * (admin / admin, demo only), for tests that need users the realm file does not have.
 */
public final class KeycloakAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {}

    /** Creates a user in the platform realm with the demo password; returns the new user's id. */
    public static String createUser(String username, String attributesJson) {
        String body = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":\"测试用户\",\"email\":\"" + username + "@example.test\","
                + "\"attributes\":" + attributesJson + ",\"credentials\":[{\"type\":\"password\",\"value\":\""
                + Tokens.DEMO_PASSWORD + "\",\"temporary\":false}]}";
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/users"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * The user's id, {@code tenant} attribute, realm roles, name fields, e-mail and pending required actions,
     * or null when there is no such user.
     */
    public static User findUser(String username) {
        HttpResponse<String> found = send(
                HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/users?exact=true&username=" + username))
                        .GET(),
                200);
        JsonNode users = JSON.readTree(found.body());
        if (users.isEmpty()) {
            return null;
        }
        JsonNode user = users.get(0);
        String id = user.get("id").asString();
        JsonNode tenant = user.path("attributes").path("tenant");
        HttpResponse<String> roles = send(
                HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/users/" + id + "/role-mappings/realm"))
                        .GET(),
                200);
        var roleNames = new java.util.ArrayList<String>();
        JSON.readTree(roles.body())
                .forEach(role -> roleNames.add(role.get("name").asString()));
        var requiredActions = new java.util.ArrayList<String>();
        user.path("requiredActions").forEach(action -> requiredActions.add(action.asString()));
        return new User(
                id,
                tenant.isMissingNode() ? null : tenant.get(0).asString(),
                roleNames,
                user.path("enabled").asBoolean(true),
                text(user, "firstName"),
                text(user, "lastName"),
                text(user, "email"),
                requiredActions);
    }

    private static String text(JsonNode user, String field) {
        JsonNode value = user.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public record User(
            String id,
            String tenant,
            java.util.List<String> realmRoles,
            boolean enabled,
            String firstName,
            String lastName,
            String email,
            java.util.List<String> requiredActions) {}

    /** Gives a user realm roles (province-admin, intake-clerk, …), as the realm file does for demo users. */
    public static void assignRealmRoles(String userId, String... roles) {
        var representations = new StringBuilder("[");
        for (String role : roles) {
            HttpResponse<String> found = send(
                    HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/roles/" + role))
                            .GET(),
                    200);
            representations.append(representations.length() > 1 ? "," : "").append(found.body());
        }
        send(
                HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/users/" + userId + "/role-mappings/realm"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                representations.append("]").toString())),
                204);
    }

    public static void deleteUser(String id) {
        send(
                HttpRequest.newBuilder(URI.create(realmAdminUrl() + "/users/" + id))
                        .DELETE(),
                204);
    }

    private static String realmAdminUrl() {
        return TestPlatform.backing().keycloakUrl() + "/admin/realms/zongzhi";
    }

    private static String adminToken() {
        Http.Response response = Http.postForm(
                TestPlatform.backing().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        if (response.status() != 200) {
            throw new IllegalStateException("the Keycloak bootstrap admin could not sign in: " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    request.header("Authorization", "Bearer " + adminToken())
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(
                        "Keycloak Admin API answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
