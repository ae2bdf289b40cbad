package org.zongzhi.platform.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    /** tenant-service's `department` table before the catalogue was shared (V3__center_profile.sql). */
    private static final List<String> TENANT_SERVICE_CODES = List.of(
            "court",
            "procuratorate",
            "public-security",
            "justice",
            "petitions",
            "human-resources",
            "housing",
            "civil-affairs",
            "womens-federation",
            "veterans-affairs",
            "health",
            "education",
            "natural-resources",
            "market-regulation",
            "emergency-management",
            "lawyers",
            "psychological-services",
            "industry-mediation",
            "arbitration",
            "named-mediation-room");

    /** case-service's own Department enum before the catalogue was shared, as stored in case_task. */
    private static final List<String> CASE_SERVICE_CODES = List.of(
            "COURT",
            "PROCURATORATE",
            "PUBLIC_SECURITY",
            "JUSTICE",
            "LEGAL_AID",
            "NOTARY",
            "PETITIONS",
            "HUMAN_RESOURCES",
            "LABOUR_INSPECTION",
            "LABOUR_ARBITRATION",
            "HOUSING",
            "WATER_AFFAIRS",
            "CIVIL_AFFAIRS",
            "WOMENS_FEDERATION",
            "VETERANS_AFFAIRS",
            "HEALTH",
            "MEDICAL_MEDIATION",
            "EDUCATION",
            "NATURAL_RESOURCES",
            "MARKET_REGULATION",
            "EMERGENCY_MANAGEMENT",
            "ECOLOGY_ENVIRONMENT",
            "PEOPLES_MEDIATION",
            "LAWYERS",
            "PSYCHOLOGICAL_SERVICES",
            "INDUSTRY_MEDIATION",
            "ARBITRATION_COMMISSION");

    @Test
    void everyDepartmentHasAChineseNameAnEnglishNameAndAKind() {
        for (Department d : Department.values()) {
            assertThat(d.label()).as(d.code()).containsPattern("^[\\p{IsHan}（）·]+$");
            assertThat(d.englishName()).as(d.code()).isNotBlank();
            assertThat(d.kind()).as(d.code()).isNotNull();
            assertThat(d.kind().label()).containsPattern("^\\p{IsHan}+$");
        }
    }

    @Test
    void codesAndNamesAreUniqueAndNoFormerCodeIsACurrentOne() {
        List<String> codes = Department.codes();
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        assertThat(codes).allMatch(code -> code.matches("[A-Z]+(_[A-Z]+)*"));
        assertThat(Arrays.stream(Department.values()).map(Department::label).distinct())
                .hasSize(codes.size());

        List<String> former = new ArrayList<>();
        Arrays.stream(Department.values()).forEach(d -> former.addAll(d.formerCodes()));
        assertThat(new HashSet<>(former)).hasSameSizeAs(former).doesNotContainAnyElementsOf(codes);
    }

    @Test
    void everyCodeTenantServiceUsedMapsToACurrentDepartment() {
        assertThat(Department.formerCodeMapping()).containsOnlyKeys(TENANT_SERVICE_CODES);
        assertThat(Department.ofCurrentOrFormerCode("court")).contains(Department.COURT);
        assertThat(Department.ofCurrentOrFormerCode("human-resources")).contains(Department.HUMAN_RESOURCES);
        assertThat(Department.ofCurrentOrFormerCode("arbitration")).contains(Department.ARBITRATION_COMMISSION);
        assertThat(Department.ofCurrentOrFormerCode("named-mediation-room")).contains(Department.NAMED_MEDIATION_ROOM);
        for (String old : TENANT_SERVICE_CODES) {
            assertThat(Department.ofCurrentOrFormerCode(old)).as(old).isPresent();
        }
    }

    @Test
    void everyCodeCaseServiceUsedIsStillACurrentCode() {
        for (String old : CASE_SERVICE_CODES) {
            assertThat(Department.ofCode(old)).as(old).isPresent();
        }
        assertThat(Department.ofCode("LABOUR_INSPECTION").orElseThrow().label()).isEqualTo("劳动监察");
    }

    @Test
    void aFormerCodeIsNotACurrentCodeAndUnknownCodesNameNothing() {
        assertThat(Department.ofCode("court")).isEmpty();
        assertThat(Department.ofCode("COURT")).contains(Department.COURT);
        assertThat(Department.ofCurrentOrFormerCode("bank")).isEmpty();
        assertThat(Department.ofCurrentOrFormerCode(null)).isEmpty();
        assertThat(Department.ofCode(null)).isEmpty();
    }

    @Test
    void judicialBodiesGovernmentDepartmentsAndSocialForcesAreTold() {
        assertThat(Department.COURT.kind()).isEqualTo(Department.Kind.JUDICIAL);
        assertThat(Department.HUMAN_RESOURCES.kind()).isEqualTo(Department.Kind.GOVERNMENT);
        assertThat(Department.WOMENS_FEDERATION.kind()).isEqualTo(Department.Kind.MASS_ORGANISATION);
        assertThat(Department.LAWYERS.kind()).isEqualTo(Department.Kind.SOCIAL_FORCE);
    }
}
