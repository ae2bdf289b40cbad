package org.zongzhi.e2e.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.TestPlatform;

/**
 * Benchmark, not a test (run by {@code infra/bin/bench-console.sh}): how long each console page takes to
 * render in Chromium through the gateway — from the request to the load event, p50 and p95 over 50 loads
 * each, after 5 warm-up loads. Prints one line per page.
 */
class ConsolePagesBench {

    private static final int WARM_UP = 5;
    private static final int LOADS = Integer.getInteger("bench.loads", 50);

    @Test
    void pageRenderTimes() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        String gateway = "http://localhost:" + platform.port("gateway");
        try (Browser browser = Browser.desk(gateway)) {
            browser.signIn("handian.admin");
            browser.open("/cases?size=1");
            String someCase = browser.all("td.code a").isEmpty()
                    ? null
                    : browser.all("td.code a").get(0).getDomAttribute("href");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("首页 /", "/");
            pages.put("待办 /worklist", "/worklist?scope=center");
            pages.put("登记 /cases/new", "/cases/new");
            pages.put("案件检索 /cases", "/cases");
            if (someCase != null) {
                pages.put("案件 /cases/{id}", someCase);
            }
            pages.put("中心 /centers", "/centers");
            pages.put("统计 /numbers", "/numbers");
            System.out.printf(
                    "%-22s %8s %8s  (ms, request start → load event, %d loads)%n", "page", "p50", "p95", LOADS);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < WARM_UP + LOADS; i++) {
                    browser.open(page.getValue());
                    if (i >= WARM_UP) {
                        times.add(loadTime(browser));
                    }
                }
                times.sort(Double::compare);
                System.out.printf(
                        "%-22s %8.1f %8.1f%n",
                        page.getKey(),
                        times.get(times.size() / 2),
                        times.get((int) Math.ceil(times.size() * 0.95) - 1));
            }
        }
    }

    private static double loadTime(Browser browser) {
        Object ms = ((JavascriptExecutor) browser.driver())
                .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                        + " return n.loadEventEnd - n.requestStart;");
        return ((Number) ms).doubleValue();
    }
}
