package org.zongzhi.tenant.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.department.Department;
import org.zongzhi.tenant.profile.infrastructure.ProfileRevision;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class CenterProfileIT {

    private static final String CHANGAN = "140404001001";

    @LocalServerPort
    int port;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transactions;

    private String url(String path) {
        return "http://localhost:" + port + "/api/tenants/" + path;
    }

    private Http.Response put(String user, String code, Object profile) {
        return Http.putJson(url(code + "/profile"), Tokens.of(user), Http.json(profile));
    }

    private Http.Response get(String user, String path) {
        return Http.get(url(path), Tokens.of(user));
    }

    static Map<String, Object> changanProfile(int mediators) {
        return Map.of(
                "premises",
                Map.of(
                        "areaSquareMeters",
                        180.5,
                        "guidanceAndIntakeZone",
                        true,
                        "resolutionZone",
                        true,
                        "commandAndDispatchZone",
                        false,
                        "rooms",
                        Map.of("MEDIATION", 2, "PSYCHOLOGICAL_COUNSELLING", 1),
                        "intakeWindows",
                        2),
                "staffing",
                Map.of(
                        "fullTimeStaff",
                        4,
                        "mediators",
                        mediators,
                        "gridWorkers",
                        12,
                        "namedMediationRooms",
                        List.of("五老调解室")),
                "departments",
                List.of(
                        Map.of("department", "JUSTICE", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "COURT", "presence", "ROTATING", "since", "2025-03-01")),
                "mechanisms",
                List.of(Map.of("kind", "FIRST_RESPONDER", "document", "长安社区首问负责制（2025）1号")));
    }

    @BeforeEach
    void changanHasAProfile() {
        assertThat(put("changan.admin", CHANGAN, changanProfile(3)).status()).isEqualTo(200);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCenterRevisesItsProfileAndEveryRevisionIsKept() {
        Http.Response revised = put("changan.admin", CHANGAN, changanProfile(5));

        assertThat(revised.status()).isEqualTo(200);
        JsonNode current = get("changan.admin", CHANGAN + "/profile").json();
        assertThat(current.get("profile").get("staffing").get("mediators").asInt())
                .isEqualTo(5);
        assertThat(current.get("changedBy").asString()).isEqualTo("changan.admin");
        JsonNode history = get("changan.admin", CHANGAN + "/profile/history").json();
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.get(0).get("revision").asInt())
                .isGreaterThan(history.get(1).get("revision").asInt());
        assertThat(history.get(1)
                        .get("profile")
                        .get("staffing")
                        .get("mediators")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void theCentersAboveReadTheProfile() {
        assertThat(get("handian.admin", CHANGAN + "/profile").status()).isEqualTo(200);
        assertThat(get("shangdang.admin", CHANGAN + "/profile").status()).isEqualTo(200);
        assertThat(get("province.auditor", CHANGAN + "/profile")
                        .json()
                        .get("center")
                        .asString())
                .isEqualTo(CHANGAN);
    }

    @Test
    void siblingsChildrenAndOtherCountiesDoNotSeeIt() {
        assertThat(get("fuhou.admin", CHANGAN + "/profile").status()).isEqualTo(404);
        assertThat(get("fuhou.admin", CHANGAN + "/profile/history").status()).isEqualTo(404);
        assertThat(get("yongji.admin", CHANGAN + "/profile").status()).isEqualTo(404);
        assertThat(get("changan.admin", "140404001/profile").status()).isEqualTo(404);
    }

    @Test
    void onlyTheCentersOwnAdminEditsIt() {
        assertThat(put("shangdang.admin", CHANGAN, changanProfile(9)).status()).isEqualTo(403);
        assertThat(put("changan.grid", CHANGAN, changanProfile(9)).status()).isEqualTo(403);
        assertThat(put("fuhou.admin", CHANGAN, changanProfile(9)).status()).isEqualTo(403);
        assertThat(get("changan.admin", CHANGAN + "/profile")
                        .json()
                        .get("profile")
                        .get("staffing")
                        .get("mediators")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void invalidProfilesAreRefusedWithEveryProblemNamed() {
        Map<String, Object> profile = new java.util.HashMap<>(changanProfile(-1));
        profile.put(
                "departments",
                List.of(
                        Map.of("department", "ministry-of-magic", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of(
                                "department",
                                "COURT",
                                "presence",
                                "RESIDENT",
                                "since",
                                "2025-05-01",
                                "until",
                                "2025-04-01")));

        Http.Response response = put("changan.admin", CHANGAN, profile);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .contains("staffing.mediators must be 0 or more", "ministry-of-magic", "until");
    }

    @Test
    void anUnknownPresenceIsA400() {
        Map<String, Object> profile = new java.util.HashMap<>(changanProfile(1));
        profile.put(
                "departments", List.of(Map.of("department", "COURT", "presence", "SOMETIMES", "since", "2025-01-01")));

        assertThat(put("changan.admin", CHANGAN, profile).status()).isEqualTo(400);
    }

    @Test
    void theDepartmentCatalogueIsThePlatformsWithKindsAndFormerCodes() {
        JsonNode catalogue = get("changan.grid", "departments").json();

        assertThat(catalogue.findValuesAsString("code")).containsExactlyElementsOf(Department.codes());
        assertThat(catalogue.findValuesAsString("nameZh")).contains("法院", "人社局", "劳动监察", "律师");
        JsonNode court = catalogue.get(0);
        assertThat(court.get("code").asString()).isEqualTo("COURT");
        assertThat(court.get("kind").asString()).isEqualTo("JUDICIAL");
        assertThat(court.get("kindLabel").asString()).isEqualTo("司法机关");
        assertThat(court.get("formerCodes").get(0).asString()).isEqualTo("court");
    }

    @Test
    void aProfileSentWithFormerDepartmentCodesIsStoredUnderTheCataloguesCodes() {
        Map<String, Object> profile = new java.util.HashMap<>(changanProfile(3));
        profile.put(
                "departments",
                List.of(
                        Map.of("department", "human-resources", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "court", "presence", "ROTATING", "since", "2025-03-01")));

        Http.Response saved = put("changan.admin", CHANGAN, profile);

        assertThat(saved.status()).isEqualTo(200);
        JsonNode departments =
                get("changan.admin", CHANGAN + "/profile").json().get("profile").get("departments");
        assertThat(departments.findValuesAsString("department")).containsExactly("HUMAN_RESOURCES", "COURT");
    }

    @Test
    void aDepartmentCodeListedTwiceUnderItsFormerAndCurrentNameIsRefused() {
        Map<String, Object> profile = new java.util.HashMap<>(changanProfile(3));
        profile.put(
                "departments",
                List.of(
                        Map.of("department", "court", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "COURT", "presence", "ROTATING", "since", "2025-03-01")));

        Http.Response response = put("changan.admin", CHANGAN, profile);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("'COURT' is listed twice");
    }

    @Test
    void aParentThatLoadedAChildsProfileRowCannotUpdateOrDeleteIt() {
        signInAs("140404");
        Throwable update = catchThrowable(() -> transactions.executeWithoutResult(tx -> {
            ProfileRevision row = latestChanganRowByNativeQuery();
            row.overwriteDocument("{\"premises\":null}");
            em.flush();
        }));
        Throwable delete = catchThrowable(() -> transactions.executeWithoutResult(tx -> {
            em.remove(latestChanganRowByNativeQuery());
            em.flush();
        }));

        // refused for the row's tenant (Hibernate adds it to the statement: no row matches), not for any other reason
        assertThat(update)
                .isInstanceOf(jakarta.persistence.OptimisticLockException.class)
                .hasRootCauseInstanceOf(org.hibernate.StaleStateException.class);
        assertThat(delete)
                .isInstanceOf(jakarta.persistence.OptimisticLockException.class)
                .hasRootCauseInstanceOf(org.hibernate.StaleStateException.class);
        assertThat(get("changan.admin", CHANGAN + "/profile")
                        .json()
                        .get("profile")
                        .get("premises")
                        .isNull())
                .isFalse();
    }

    private ProfileRevision latestChanganRowByNativeQuery() {
        return (ProfileRevision) em.createNativeQuery(
                        "select * from center_profile where tenant_id = '" + CHANGAN
                                + "' order by revision desc limit 1",
                        ProfileRevision.class)
                .getSingleResult();
    }

    private void signInAs(String tenant) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "RS256")
                .subject("profile-test")
                .claim("preferred_username", "profile-test")
                .claim("tenant", tenant)
                .claim("realm_access", Map.of("roles", List.of("county-admin")))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
