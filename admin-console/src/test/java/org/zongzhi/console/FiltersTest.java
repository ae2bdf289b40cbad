package org.zongzhi.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void blanksAreLeftOut() {
        var filters = new CasesController.Filters(" ", "REPORTED", "", null, null, null, null, 0);
        assertThat(filters.params()).containsOnlyKeys("status");
        assertThat(filters.with("risk", "MAJOR")).isEqualTo("/cases?status=REPORTED&risk=MAJOR");
    }

    @Test
    void aFilterChangeGoesBackToPageOneAndPagingKeepsTheFilters() {
        var filters = new CasesController.Filters("装修", "REPORTED", null, null, null, null, "newest", 3);
        assertThat(filters.with("status", null)).isEqualTo("/cases?q=%E8%A3%85%E4%BF%AE&sort=newest");
        assertThat(filters.with("page", 4)).isEqualTo("/cases?q=%E8%A3%85%E4%BF%AE&status=REPORTED&sort=newest&page=4");
        assertThat(filters.with("page", 0)).isEqualTo("/cases?q=%E8%A3%85%E4%BF%AE&status=REPORTED&sort=newest");
    }

    @Test
    void aDashboardsScopeStaysThroughFacetsAndPages() {
        var scope = new CasesController.Scope("140404001", " ", "2026-12-01", "2026-12-02");
        var filters = new CasesController.Filters(null, null, "NEIGHBOURS", null, null, scope, null, 0);

        assertThat(filters.with("page", 1))
                .isEqualTo(
                        "/cases?category=NEIGHBOURS&center=140404001&createdFrom=2026-12-01&createdTo=2026-12-02&page=1");
        assertThat(scope.any()).isTrue();
        assertThat(CasesController.Scope.NONE.any()).isFalse();
    }

    @Test
    void theExportCarriesEveryFilterInForceButNotThePage() {
        var scope = new CasesController.Scope("140404001", null, "2026-12-01", null);
        var filters = new CasesController.Filters("欠薪", "REPORTED", null, null, null, scope, "oldest", 3);

        assertThat(filters.export())
                .isEqualTo("/cases.xlsx?q=%E6%AC%A0%E8%96%AA&status=REPORTED&center=140404001"
                        + "&createdFrom=2026-12-01&sort=oldest");
    }

    @Test
    void queryTextIsEncoded() {
        var filters = new CasesController.Filters("a&b=<c>", null, null, null, null, null, null, 0);
        assertThat(filters.with("page", 1)).isEqualTo("/cases?q=a%26b%3D%3Cc%3E&page=1");
    }
}
