package org.zongzhi.tenant.grid.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.grid.domain.Grid;
import org.zongzhi.tenant.grid.domain.GridCodes;
import org.zongzhi.tenant.grid.domain.GridCovers;
import org.zongzhi.tenant.grid.domain.GridKind;
import org.zongzhi.tenant.grid.domain.GridMember;
import org.zongzhi.tenant.grid.domain.GridPolicy;
import org.zongzhi.tenant.grid.domain.HouseholdGroup;
import org.zongzhi.tenant.grid.domain.MemberRole;
import org.zongzhi.tenant.grid.infrastructure.GridStore;
import org.zongzhi.tenant.grid.infrastructure.GridStore.NewGrid;
import org.zongzhi.tenant.tree.application.CenterQueries;
import org.zongzhi.tenant.tree.domain.AdminAccounts;
import org.zongzhi.tenant.tree.domain.Center;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A village's grids (网格): drawn, ended at re-gridding and staffed by the village's own admins, read by the
 * village and the centers above it. Members are accounts of the village's center in the identity provider.
 */
@Service
public class Grids {

    private static final int MAX_BOUNDARY = 200_000;

    private final GridStore store;
    private final CenterQueries centers;
    private final AdminAccounts accounts;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    Grids(
            GridStore store,
            CenterQueries centers,
            AdminAccounts accounts,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.store = store;
        this.centers = centers;
        this.accounts = accounts;
        this.transactions = transactions;
        this.json = json;
    }

    /** A grid as the API shows it, with its labels, whether it is valid today, its people and groups. */
    public record GridView(
            String code,
            String center,
            int number,
            String name,
            GridKind kind,
            String kindLabel,
            GridCovers covers,
            String coversLabel,
            int households,
            String boundary,
            LocalDate validFrom,
            LocalDate validTo,
            String endedReason,
            boolean active,
            List<MemberView> members,
            List<HouseholdGroup> householdGroups,
            String createdBy) {}

    public record MemberView(String username, String fullName, MemberRole role, String roleLabel) {}

    public record CreateGrid(
            Integer number,
            String name,
            GridKind kind,
            GridCovers covers,
            Integer households,
            String boundary,
            LocalDate validFrom) {}

    public record EndGrid(LocalDate validTo, String reason) {}

    public record AssignMember(String username, MemberRole role) {}

    public record AddGroup(String leaderName, Integer households) {}

    /** The grids of the center's subtree: a village's own, or those of every village below a township, …. */
    public List<GridView> list(Caller caller, TenantCode center, boolean activeOnly) {
        requireReadable(caller, center);
        LocalDate today = today();
        return read(() -> store.within(center).stream()
                .filter(g -> !activeOnly || g.activeOn(today))
                .map(g -> center.level() == TenantCode.Level.VILLAGE ? full(g, today) : bare(g, today))
                .toList());
    }

    /** The grids the caller is a member of (the grid worker's own). */
    public List<GridView> mine(Caller caller) {
        LocalDate today = today();
        return read(() -> store.gridsOf(caller.tenant(), caller.username()).stream()
                .map(store::find)
                .flatMap(java.util.Optional::stream)
                .map(g -> full(g, today))
                .toList());
    }

    public GridView get(Caller caller, TenantCode village, String gridCode) {
        requireReadable(caller, village);
        return read(() -> full(requireGrid(village, gridCode), today()));
    }

    public GridView create(Caller caller, TenantCode village, CreateGrid command) {
        requireManager(caller, village);
        if (command == null) {
            throw Problems.badRequest("A grid needs name, kind and households, e.g. {\"name\": \"第一网格\","
                    + " \"kind\": \"COMPREHENSIVE\", \"households\": 320}.");
        }
        String name = text("name", command.name(), 100, true);
        if (command.kind() == null) {
            throw Problems.badRequest("kind is required: COMPREHENSIVE (综合网格) or DEDICATED (专属网格).");
        }
        if (command.kind() == GridKind.DEDICATED && command.covers() == null) {
            throw Problems.badRequest("A 专属网格 (DEDICATED) says what it covers: covers is one of PARK (园区),"
                    + " MARKET (市场), SCHOOL (学校), ENTERPRISE (企业) or OTHER (其他).");
        }
        if (command.kind() == GridKind.COMPREHENSIVE && command.covers() != null) {
            throw Problems.badRequest("covers is for a 专属网格 (DEDICATED) only; leave it out for a 综合网格.");
        }
        if (command.households() == null || command.households() < 0 || command.households() > 100_000) {
            throw Problems.badRequest("households is required: the number of households in the grid, 0 to 100000.");
        }
        String boundary = boundary(command.boundary());
        LocalDate validFrom = command.validFrom() == null ? today() : command.validFrom();
        Center center = centers.get(caller, village);
        return write(() -> {
            int number = command.number() == null ? store.highestNumber(village) + 1 : command.number();
            String code;
            try {
                code = GridCodes.of(village, number);
            } catch (IllegalArgumentException e) {
                throw Problems.badRequest("number: " + e.getMessage() + ".");
            }
            if (store.find(code).isPresent()) {
                throw Problems.conflict("Grid " + code + " exists already (numbers are never reused, ended grids"
                        + " included); leave number out to take the next free one.");
            }
            Grid grid = store.insert(
                    new NewGrid(
                            code,
                            center.code(),
                            name,
                            command.kind(),
                            command.covers(),
                            command.households(),
                            boundary,
                            validFrom),
                    caller.username());
            return full(grid, today());
        });
    }

    /** Ends a grid at re-gridding: it stays, with its patrols, valid to the given day. */
    public GridView end(Caller caller, TenantCode village, String gridCode, EndGrid command) {
        requireManager(caller, village);
        String reason = text("reason", command == null ? null : command.reason(), 500, true);
        LocalDate validTo = command.validTo() == null ? today() : command.validTo();
        return write(() -> {
            Grid grid = requireGrid(village, gridCode);
            if (grid.validTo() != null) {
                throw Problems.conflict("Grid " + gridCode + " already ended on " + grid.validTo() + ".");
            }
            if (validTo.isBefore(grid.validFrom())) {
                throw Problems.badRequest("validTo " + validTo + " is before the grid's start " + grid.validFrom()
                        + "; a grid ends on or after the day it started.");
            }
            store.end(gridCode, validTo, reason);
            return full(store.find(gridCode).orElseThrow(), today());
        });
    }

    public GridView assign(Caller caller, TenantCode village, String gridCode, AssignMember command) {
        requireManager(caller, village);
        if (command == null || command.username() == null || command.username().isBlank() || command.role() == null) {
            throw Problems.badRequest("username and role are required, e.g. {\"username\": \"changan.grid\","
                    + " \"role\": \"FULL_TIME\"}; role is GRID_HEAD (网格长), FULL_TIME (专职网格员), PART_TIME"
                    + " (兼职网格员) or INSTRUCTOR (网格指导员).");
        }
        AdminAccounts.Account account;
        try {
            account = accounts.accounts(village).stream()
                    .filter(a -> a.username().equals(command.username().trim()))
                    .findFirst()
                    .orElseThrow(() -> Problems.badRequest("Center " + village + " has no account "
                            + command.username() + "; grid members are accounts of the village's center (add one"
                            + " on the staff page first)."));
        } catch (AdminAccounts.IdentityProviderUnavailable e) {
            throw Problems.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "identity-provider-unavailable",
                    "Sign-in service unavailable",
                    "The center's accounts could not be read because the sign-in service is unavailable. Nothing"
                            + " was changed; try again in a moment.");
        }
        if (!account.enabled()) {
            throw Problems.conflict("Account " + account.username() + " is disabled; enable it before assigning.");
        }
        return write(() -> {
            Grid grid = requireGrid(village, gridCode);
            if (grid.validTo() != null && grid.validTo().isBefore(today())) {
                throw Problems.conflict(
                        "Grid " + gridCode + " ended on " + grid.validTo() + "; assign people to a grid in force.");
            }
            if (store.members(grid).stream().anyMatch(m -> m.username().equals(account.username()))) {
                throw Problems.conflict(account.username() + " is already a member of grid " + gridCode
                        + "; remove them first to change the role.");
            }
            String fullName = account.fullName() == null || account.fullName().isBlank()
                    ? account.username()
                    : account.fullName();
            store.addMember(grid, account.username(), fullName, command.role(), caller.username());
            return full(grid, today());
        });
    }

    public GridView unassign(Caller caller, TenantCode village, String gridCode, String username) {
        requireManager(caller, village);
        return write(() -> {
            Grid grid = requireGrid(village, gridCode);
            if (store.removeMember(grid, username) == 0) {
                throw Problems.notFound(username + " is not a member of grid " + gridCode + ".");
            }
            return full(grid, today());
        });
    }

    public GridView addGroup(Caller caller, TenantCode village, String gridCode, AddGroup command) {
        requireManager(caller, village);
        String leader = text("leaderName", command == null ? null : command.leaderName(), 50, true);
        if (command.households() == null || command.households() < 1 || command.households() > 100) {
            throw Problems.badRequest(
                    "households is required: the households of the group, 1 to 100 (十户联户 is" + " usually about ten).");
        }
        return write(() -> {
            Grid grid = requireGrid(village, gridCode);
            store.addGroup(grid, leader, command.households(), caller.username());
            return full(grid, today());
        });
    }

    public GridView removeGroup(Caller caller, TenantCode village, String gridCode, long id) {
        requireManager(caller, village);
        return write(() -> {
            Grid grid = requireGrid(village, gridCode);
            if (store.removeGroup(grid, id) == 0) {
                throw Problems.notFound("Grid " + gridCode + " has no household group " + id + ".");
            }
            return full(grid, today());
        });
    }

    // ---------------------------------------------------------------------------------------------- shared

    void requireReadable(Caller caller, TenantCode center) {
        if (!GridPolicy.canRead(caller, center)) {
            throw Problems.notFound("There is no center " + center + " in your part of the tree.");
        }
        centers.get(caller, center);
    }

    private void requireManager(Caller caller, TenantCode village) {
        requireReadable(caller, village);
        GridPolicy.managementRefusal(caller, village).ifPresent(reason -> {
            throw Problems.forbidden(reason);
        });
    }

    /** The grid, inside a transaction; a code not of this village is answered as one that does not exist. */
    Grid requireGrid(TenantCode village, String gridCode) {
        if (!GridCodes.isValid(gridCode) || !gridCode.startsWith(village.value())) {
            throw Problems.notFound("Center " + village + " has no grid " + gridCode + ".");
        }
        return store.find(gridCode)
                .orElseThrow(() -> Problems.notFound("Center " + village + " has no grid " + gridCode + "."));
    }

    private GridView full(Grid g, LocalDate today) {
        List<MemberView> members = store.members(g).stream().map(Grids::member).toList();
        return view(g, today, members, store.groups(g));
    }

    private static GridView bare(Grid g, LocalDate today) {
        return view(g, today, null, null);
    }

    private static GridView view(Grid g, LocalDate today, List<MemberView> members, List<HouseholdGroup> groups) {
        return new GridView(
                g.code(),
                g.center().value(),
                Integer.parseInt(g.code().substring(12)),
                g.name(),
                g.kind(),
                g.kind().label(),
                g.covers(),
                g.covers() == null ? null : g.covers().label(),
                g.households(),
                g.boundary(),
                g.validFrom(),
                g.validTo(),
                g.endedReason(),
                g.activeOn(today),
                members,
                groups,
                g.createdBy());
    }

    private static MemberView member(GridMember m) {
        return new MemberView(m.username(), m.fullName(), m.role(), m.role().label());
    }

    private String boundary(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_BOUNDARY) {
            throw Problems.badRequest("boundary is at most " + MAX_BOUNDARY + " characters of GeoJSON.");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (RuntimeException e) {
            throw Problems.badRequest("boundary is not JSON: give a GeoJSON Polygon, e.g. {\"type\": \"Polygon\","
                    + " \"coordinates\": [[[113.1, 36.1], [113.2, 36.1], [113.2, 36.2], [113.1, 36.1]]]}.");
        }
        JsonNode geometry = node.has("geometry") ? node.get("geometry") : node;
        String type = geometry.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw Problems.badRequest("boundary must be a GeoJSON Polygon or MultiPolygon (or a Feature of one),"
                    + " not '" + type + "'.");
        }
        if (!geometry.path("coordinates").isArray()
                || geometry.path("coordinates").isEmpty()) {
            throw Problems.badRequest("boundary has no coordinates: a Polygon lists its rings of [lng, lat].");
        }
        return text;
    }

    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Problems.badRequest(field + " is required.");
            }
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw Problems.badRequest(field + " is at most " + max + " characters.");
        }
        return trimmed;
    }

    static LocalDate today() {
        return LocalDate.now(WorkingCalendar.CHINA);
    }

    <T> T read(Supplier<T> work) {
        return transactions.execute(tx -> work.get());
    }

    <T> T write(Supplier<T> work) {
        return transactions.execute(tx -> work.get());
    }
}
