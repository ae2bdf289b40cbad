package org.zongzhi.tenant.profile.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.profile.application.CenterProfiles;
import org.zongzhi.tenant.profile.application.CenterProfiles.Comparison;
import org.zongzhi.tenant.profile.application.CenterProfiles.Revision;
import org.zongzhi.tenant.profile.domain.CenterProfile;

/** Center profiles and the department catalogue they refer to. */
@RestController
class ProfileController {

    private final CenterProfiles profiles;

    ProfileController(CenterProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/tenants/{code:\\d+}/profile")
    Revision current(@PathVariable String code) {
        return profiles.current(CurrentCaller.get(), TenantCode.of(code));
    }

    @PutMapping("/api/tenants/{code:\\d+}/profile")
    Revision revise(@PathVariable String code, @RequestBody CenterProfile profile) {
        return profiles.revise(CurrentCaller.get(), TenantCode.of(code), profile);
    }

    @GetMapping("/api/tenants/{code:\\d+}/profile/history")
    List<Revision> history(@PathVariable String code) {
        return profiles.history(CurrentCaller.get(), TenantCode.of(code));
    }

    @GetMapping("/api/tenants/{code:\\d+}/profile/history/{revision:\\d+}")
    Revision revision(@PathVariable String code, @PathVariable int revision) {
        return profiles.revision(CurrentCaller.get(), TenantCode.of(code), revision);
    }

    @GetMapping("/api/tenants/{code:\\d+}/profile/comparison")
    Comparison compare(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return profiles.compare(CurrentCaller.get(), TenantCode.of(code), from, to);
    }

    /** One entry of the platform's department catalogue, as the API shows it. */
    record CatalogueEntry(
            String code, String nameZh, String nameEn, String kind, String kindLabel, List<String> formerCodes) {}

    @GetMapping("/api/tenants/departments")
    List<CatalogueEntry> departments() {
        return Arrays.stream(Department.values())
                .map(d -> new CatalogueEntry(
                        d.code(),
                        d.label(),
                        d.englishName(),
                        d.kind().name(),
                        d.kind().label(),
                        d.formerCodes()))
                .toList();
    }
}
