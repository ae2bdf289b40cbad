package org.zongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * A center's Open311 keys are its own admins' only: 长安's keys against its sibling 府后街, its parent 韩店
 * and grandparent 上党, a cousin county (永济); 韩店's keys against its child 长安; staff who are not
 * admins; and the key's text, shown once.
 */
@CaseServiceIT
class Open311KeyIsolationIT {

    private static final String KEYS = "/api/cases/open311-keys";

    @LocalServerPort
    int port;

    Api api;
    JsonNode changanKey;
    String changanKeyId;

    @BeforeEach
    void aKeyAtChangan() {
        api = new Api(port);
        changanKey = Open311Keys.create(api, "changan.admin", "HOTLINE_12345", 60);
        changanKeyId = changanKey.get("key").get("id").asString();
    }

    @Test
    void theKeyIsShownOnceAndListedWithoutItsText() {
        String text = changanKey.get("apiKey").asString();
        JsonNode listed = api.get("changan.admin", KEYS).json();

        assertThat(text).startsWith("o311_").hasSize(48);
        assertThat(changanKey.get("key").get("state").asString()).isEqualTo("ACTIVE");
        assertThat(changanKey.get("key").get("channelLabel").asString()).isEqualTo("12345热线");
        assertThat(listed.findValuesAsString("id")).contains(changanKeyId);
        assertThat(listed.toString()).doesNotContain(text, text.substring(16));
        assertThat(listed.findValuesAsString("prefix")).contains(text.substring(5, 15));
    }

    @Test
    void neitherSiblingNorParentsNorCousinListOrRevokeIt() {
        for (String other : new String[] {"fuhou.admin", "handian.admin", "shangdang.admin", "yongji.admin"}) {
            Http.Response list = api.get(other, KEYS);
            assertThat(list.status()).as(other).isEqualTo(200);
            assertThat(list.json().findValuesAsString("id")).as(other).doesNotContain(changanKeyId);
            Api.problem(api.post(other, KEYS + "/" + changanKeyId + "/revoke", null), 404);
        }
        JsonNode mine = api.get("changan.admin", KEYS).json();
        for (JsonNode k : mine) {
            if (k.get("id").asString().equals(changanKeyId)) {
                assertThat(k.get("state").asString()).isEqualTo("ACTIVE");
            }
        }
    }

    @Test
    void aChildDoesNotReachItsParentsKeys() {
        String handianKey = Open311Keys.create(api, "handian.admin", "APP", 60)
                .get("key")
                .get("id")
                .asString();

        assertThat(api.get("changan.admin", KEYS).json().findValuesAsString("id"))
                .doesNotContain(handianKey);
        Api.problem(api.post("changan.admin", KEYS + "/" + handianKey + "/revoke", null), 404);
        assertThat(api.get("handian.admin", KEYS).json().findValuesAsString("id"))
                .contains(handianKey);
    }

    @Test
    void staffWhoAreNotAdminsManageNoKeys() {
        Api.problem(api.get("changan.grid", KEYS), 403);
        Api.problem(api.post("changan.grid", KEYS, Map.of("channel", "APP", "label", "x")), 403);
        Api.problem(api.post("shangdang.clerk", KEYS + "/" + changanKeyId + "/revoke", null), 403);
        Api.problem(api.get(null, KEYS), 401);
    }

    @Test
    void theOwnAdminRevokesAndAKeyNeedsAnOutsideChannel() {
        JsonNode revoked = api.post("changan.admin", KEYS + "/" + changanKeyId + "/revoke", null)
                .json();
        assertThat(revoked.get("state").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revokedAt").isNull()).isFalse();

        assertThat(Api.problem(api.post("changan.admin", KEYS, Map.of("channel", "WALK_IN", "label", "x")), 400)
                        .get("detail")
                        .asString())
                .contains("channel");
        Api.problem(api.post("changan.admin", KEYS, Map.of("channel", "FAX", "label", "x")), 400);
        Api.problem(api.post("changan.admin", KEYS, Map.of("channel", "APP", "label", "x", "perMinute", 0)), 400);
        Api.problem(api.post("changan.admin", KEYS, Map.of("channel", "APP")), 400);
    }
}
