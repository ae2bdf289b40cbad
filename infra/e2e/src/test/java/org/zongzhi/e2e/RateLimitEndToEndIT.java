package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/** Codes cannot be tried at speed through the open citizen lookup, and that does not slow down the centers. */
class RateLimitEndToEndIT {

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    private static Http.Response guess() {
        return Http.postJson(
                gateway + "/api/cases/lookup",
                null,
                Http.json(Map.of("code", "140404001001-261127-99999-0", "secret", "ABCDEFGH")));
    }

    @Test
    void guessingCodesAtSpeedIsRefusedWith429AndTheCentersAreNotSlowedDown() {
        List<Http.Response> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(guess());
        }
        Http.Response whoami = Http.get(gateway + "/api/cases/whoami", Tokens.of("changan.grid"));

        Http.Response limited = answers.stream()
                .filter(a -> a.status() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request of 20 was limited"));
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.json().get("detail").asString()).contains("wait a moment");
        assertThat(whoami.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> guess().status() != 429);
    }
}
