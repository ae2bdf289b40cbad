package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * A member of staff signs in to the console the way a browser does — through the gateway, on Keycloak's
 * own login form — and the console's pages answer with what their center may see.
 */
class ConsoleSignInEndToEndIT {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private static String gateway;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows redirects like a browser until a page answers; returns that page. */
    private HttpResponse<String> follow(HttpResponse<String> response) {
        while (response.statusCode() == 302 || response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(response.uri().resolve(location).toString());
        }
        return response;
    }

    private void signIn(String username) {
        HttpResponse<String> loginForm = follow(get(gateway + "/"));
        Matcher action = FORM_ACTION.matcher(loginForm.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Tokens.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> home =
                follow(send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build()));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.uri().toString()).startsWith(gateway);
    }

    @Test
    void aCountyAdminSignsInAndSeesItsCasesCentersAndNumbers() {
        signIn("shangdang.admin");

        HttpResponse<String> cases = get(gateway + "/cases");
        HttpResponse<String> centers = get(gateway + "/centers");
        HttpResponse<String> numbers = get(gateway + "/numbers");

        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).contains("案件");
        assertThat(centers.statusCode()).isEqualTo(200);
        assertThat(centers.body()).contains("上党区", "140404001");
        assertThat(numbers.statusCode()).isEqualTo(200);
        assertThat(numbers.body()).contains("化解率");
    }

    @Test
    void aVillageCannotOpenItsSiblingsCenterPage() {
        signIn("changan.admin");

        HttpResponse<String> sibling = get(gateway + "/centers/140404001002");

        assertThat(sibling.statusCode()).isEqualTo(404);
        assertThat(sibling.body()).doesNotContain("府后街社区");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> response = get(gateway + "/cases");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(follow(response).body()).contains("kc-form-login");
    }
}
