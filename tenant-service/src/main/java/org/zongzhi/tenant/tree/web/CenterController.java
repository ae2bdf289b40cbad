package org.zongzhi.tenant.tree.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.tree.application.CenterOnboarding;
import org.zongzhi.tenant.tree.application.CenterQueries;
import org.zongzhi.tenant.tree.application.OnboardCenter;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreeQuery;
import org.zongzhi.tenant.tree.domain.CenterEvent;
import org.zongzhi.tenant.tree.domain.CenterStatus;

/** The center tree: reads within the caller's reach, and onboarding by the level above. */
@RestController
@RequestMapping("/api/tenants/{code:\\d+}")
class CenterController {

    private final CenterQueries queries;
    private final CenterOnboarding onboarding;

    CenterController(CenterQueries queries, CenterOnboarding onboarding) {
        this.queries = queries;
        this.onboarding = onboarding;
    }

    @GetMapping
    CenterView get(@PathVariable String code) {
        return CenterView.of(queries.get(CurrentCaller.get(), TenantCode.of(code)));
    }

    @GetMapping("/ancestors")
    List<CenterView> ancestors(@PathVariable String code) {
        return queries.ancestors(CurrentCaller.get(), TenantCode.of(code)).stream()
                .map(CenterView::of)
                .toList();
    }

    @GetMapping("/children")
    List<CenterView> children(@PathVariable String code) {
        return queries.children(CurrentCaller.get(), TenantCode.of(code)).stream()
                .map(CenterView::of)
                .toList();
    }

    record SubtreeView(List<CenterView> items, long total, int page, int size) {}

    @GetMapping("/subtree")
    SubtreeView subtree(
            @PathVariable String code,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new SubtreeQuery(
                parse(TenantCode.Level.class, "level", level),
                parse(CenterStatus.class, "status", status),
                q,
                page,
                size);
        var result = queries.subtree(CurrentCaller.get(), TenantCode.of(code), query);
        return new SubtreeView(
                result.items().stream().map(CenterView::of).toList(), result.total(), result.page(), result.size());
    }

    record OnboardedView(CenterView center, AdminAccountView admin) {}

    /** The first admin's sign-in, shown once: the one-time password is not stored and must be changed at first sign-in. */
    record AdminAccountView(String username, String oneTimePassword, boolean mustChangePassword) {}

    @PostMapping("/onboarding")
    @ResponseStatus(HttpStatus.CREATED)
    OnboardedView onboard(@PathVariable String code, @Valid @RequestBody OnboardCenter command) {
        var result = onboarding.onboard(CurrentCaller.get(), TenantCode.of(code), command);
        return new OnboardedView(
                CenterView.of(result.center()),
                new AdminAccountView(result.admin().username(), result.admin().oneTimePassword(), true));
    }

    @GetMapping("/history")
    List<CenterEvent> history(@PathVariable String code) {
        return queries.history(CurrentCaller.get(), TenantCode.of(code));
    }

    record StatusChange(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/suspension")
    CenterView suspend(@PathVariable String code, @Valid @RequestBody StatusChange change) {
        return CenterView.of(onboarding.suspend(CurrentCaller.get(), TenantCode.of(code), change.reason()));
    }

    @PostMapping("/reactivation")
    CenterView reactivate(@PathVariable String code, @Valid @RequestBody StatusChange change) {
        return CenterView.of(onboarding.reactivate(CurrentCaller.get(), TenantCode.of(code), change.reason()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
