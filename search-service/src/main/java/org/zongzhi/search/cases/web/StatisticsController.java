package org.zongzhi.search.cases.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.search.cases.infrastructure.CaseStatistics;
import org.zongzhi.search.cases.infrastructure.CaseStatistics.GroupBy;

/** The province's numbers, trends and group-dispute warnings for the caller's center or a center below it. */
@RestController
class StatisticsController {

    private final CaseStatistics statistics;

    StatisticsController(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/search/stats")
    CaseStatistics.Report measures(
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "none") String groupBy,
            @RequestParam(defaultValue = "all") String detail) {
        Caller caller = CurrentCaller.get();
        GroupBy grouping = groupBy(groupBy);
        try {
            return statistics.measures(
                    caller,
                    center(caller, center),
                    SearchController.startOf("from", from),
                    SearchController.endOf("to", to),
                    grouping,
                    basic(detail));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(e.getMessage());
        }
    }

    @GetMapping("/api/search/trends")
    List<CaseStatistics.Trend> trends(
            @RequestParam(required = false) String center, @RequestParam(defaultValue = "30") int days) {
        Caller caller = CurrentCaller.get();
        return statistics.trends(
                caller,
                center(caller, center),
                Instant.now().truncatedTo(ChronoUnit.MINUTES),
                within("days", days, 1, 366));
    }

    @GetMapping("/api/search/alerts")
    List<CaseStatistics.Alert> alerts(
            @RequestParam(required = false) String center,
            @RequestParam(defaultValue = "7") int days,
            @RequestParam(defaultValue = "5") int threshold) {
        Caller caller = CurrentCaller.get();
        return statistics.groupDisputeAlerts(
                caller,
                center(caller, center),
                Instant.now().truncatedTo(ChronoUnit.MINUTES),
                within("days", days, 1, 366),
                within("threshold", threshold, 2, 10_000));
    }

    /** The center asked for, which must be the caller's own or below it; the caller's own by default. */
    static TenantCode center(Caller caller, String center) {
        if (center == null || center.isBlank()) {
            return caller.tenant();
        }
        TenantCode code = TenantCode.of(center.strip());
        if (!code.isWithin(caller.tenant())) {
            throw Problems.notFound("There is no center " + code + " in your part of the tree.");
        }
        return code;
    }

    private static boolean basic(String detail) {
        return switch (detail.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> false;
            case "basic" -> true;
            default -> throw Problems.badRequest("detail must be all or basic, not '" + detail + "'");
        };
    }

    private static GroupBy groupBy(String value) {
        try {
            return GroupBy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("groupBy must be one of "
                    + Arrays.toString(GroupBy.values()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
        }
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw Problems.badRequest(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
