package org.zongzhi.tenant.grid.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.grid.application.GridStatistics;
import org.zongzhi.tenant.grid.application.Grids;
import org.zongzhi.tenant.grid.application.Grids.GridView;
import org.zongzhi.tenant.grid.application.Patrols;
import org.zongzhi.tenant.grid.application.Patrols.PatrolView;

/**
 * Grids (网格) below a village, their members and 十户联户 groups, patrol logs and the grid numbers. The village
 * and the centers above it read; the village's admins manage grids; a grid's members patrol it.
 */
@RestController
@RequestMapping("/api/tenants/{code:\\d+}")
class GridController {

    private final Grids grids;
    private final Patrols patrols;
    private final GridStatistics statistics;

    GridController(Grids grids, Patrols patrols, GridStatistics statistics) {
        this.grids = grids;
        this.patrols = patrols;
        this.statistics = statistics;
    }

    // ------------------------------------------------------------------------------------------------ grids

    /** The grids of the subtree; {@code mine=true}: the caller's own grids (the grid worker's). */
    @GetMapping("/grids")
    List<GridView> list(
            @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "false") boolean mine) {
        Caller caller = CurrentCaller.get();
        TenantCode center = TenantCode.of(code);
        if (mine) {
            if (!center.equals(caller.tenant())) {
                throw Problems.notFound(
                        "mine=true lists your own grids; ask under your own center " + caller.tenant() + ".");
            }
            return grids.mine(caller);
        }
        return grids.list(caller, center, active);
    }

    @PostMapping("/grids")
    @ResponseStatus(HttpStatus.CREATED)
    GridView create(@PathVariable String code, @RequestBody(required = false) Grids.CreateGrid body) {
        return grids.create(CurrentCaller.get(), TenantCode.of(code), body);
    }

    @GetMapping("/grids/{grid}")
    GridView get(@PathVariable String code, @PathVariable String grid) {
        return grids.get(CurrentCaller.get(), TenantCode.of(code), grid);
    }

    @PostMapping("/grids/{grid}/ending")
    GridView end(
            @PathVariable String code, @PathVariable String grid, @RequestBody(required = false) Grids.EndGrid body) {
        return grids.end(CurrentCaller.get(), TenantCode.of(code), grid, body);
    }

    @PostMapping("/grids/{grid}/members")
    GridView assign(
            @PathVariable String code,
            @PathVariable String grid,
            @RequestBody(required = false) Grids.AssignMember body) {
        return grids.assign(CurrentCaller.get(), TenantCode.of(code), grid, body);
    }

    @DeleteMapping("/grids/{grid}/members/{username}")
    GridView unassign(@PathVariable String code, @PathVariable String grid, @PathVariable String username) {
        return grids.unassign(CurrentCaller.get(), TenantCode.of(code), grid, username);
    }

    @PostMapping("/grids/{grid}/household-groups")
    GridView addGroup(
            @PathVariable String code, @PathVariable String grid, @RequestBody(required = false) Grids.AddGroup body) {
        return grids.addGroup(CurrentCaller.get(), TenantCode.of(code), grid, body);
    }

    @DeleteMapping("/grids/{grid}/household-groups/{id}")
    GridView removeGroup(@PathVariable String code, @PathVariable String grid, @PathVariable long id) {
        return grids.removeGroup(CurrentCaller.get(), TenantCode.of(code), grid, id);
    }

    // ---------------------------------------------------------------------------------------------- patrols

    @PostMapping("/grids/{grid}/patrols")
    @ResponseStatus(HttpStatus.CREATED)
    PatrolView start(@PathVariable String code, @PathVariable String grid) {
        return patrols.start(CurrentCaller.get(), TenantCode.of(code), grid);
    }

    /** Patrols of the subtree in the last days; {@code mine=true}: the caller's; {@code open=true}: open only. */
    @GetMapping("/patrols")
    List<PatrolView> patrols(
            @PathVariable String code,
            @RequestParam(required = false) String grid,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "30") int days) {
        Caller caller = CurrentCaller.get();
        TenantCode center = TenantCode.of(code);
        if (open) {
            if (!mine || !center.equals(caller.tenant())) {
                throw Problems.badRequest("open=true answers your own open patrol: add mine=true and ask under"
                        + " your own center " + caller.tenant() + ".");
            }
            return patrols.open(caller).map(List::of).orElse(List.of());
        }
        return patrols.list(caller, center, grid, mine, days);
    }

    @GetMapping("/patrols/{id}")
    PatrolView patrol(@PathVariable String code, @PathVariable long id) {
        return patrols.get(CurrentCaller.get(), TenantCode.of(code), id);
    }

    @PostMapping("/patrols/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    PatrolView addFinding(
            @PathVariable String code, @PathVariable long id, @RequestBody(required = false) Patrols.NewFinding body) {
        return patrols.addFinding(CurrentCaller.get(), TenantCode.of(code), id, body);
    }

    @PostMapping("/patrols/{id}/findings/{finding}/resolution")
    PatrolView resolve(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long finding,
            @RequestBody(required = false) Patrols.Resolution body) {
        return patrols.resolve(CurrentCaller.get(), TenantCode.of(code), id, finding, body);
    }

    @PostMapping("/patrols/{id}/findings/{finding}/case")
    PatrolView reported(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long finding,
            @RequestBody(required = false) Patrols.Reported body) {
        return patrols.reported(CurrentCaller.get(), TenantCode.of(code), id, finding, body);
    }

    @PostMapping("/patrols/{id}/ending")
    PatrolView endPatrol(
            @PathVariable String code, @PathVariable long id, @RequestBody(required = false) Patrols.End body) {
        return patrols.end(CurrentCaller.get(), TenantCode.of(code), id, body);
    }

    // ---------------------------------------------------------------------------------------------- numbers

    @GetMapping("/grid-numbers")
    GridStatistics.Numbers numbers(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return statistics.numbers(CurrentCaller.get(), TenantCode.of(code), day("from", from), day("to", to));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(name + " is a day like 2026-12-01, not '" + value + "'.");
        }
    }
}
