package org.zongzhi.tenant.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.staff.application.AddStaff;
import org.zongzhi.tenant.staff.application.CenterStaff;
import org.zongzhi.tenant.staff.application.CenterStaff.Member;

/** A center's staff, for its own admins: list, add with a one-time password, disable and enable with a reason. */
@RestController
@RequestMapping("/api/tenants/{code:\\d+}/staff")
class StaffController {

    private final CenterStaff staff;

    StaffController(CenterStaff staff) {
        this.staff = staff;
    }

    @GetMapping
    List<Member> list(@PathVariable String code) {
        return staff.list(CurrentCaller.get(), TenantCode.of(code));
    }

    /** The new account's sign-in, shown once: the password is not stored and must be changed at first sign-in. */
    record AddedView(Member member, String oneTimePassword, boolean mustChangePassword) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AddedView add(@PathVariable String code, @Valid @RequestBody AddStaff command) {
        var added = staff.add(CurrentCaller.get(), TenantCode.of(code), command);
        return new AddedView(added.member(), added.oneTimePassword(), true);
    }

    record Change(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/{username}/disabling")
    Member disable(@PathVariable String code, @PathVariable String username, @Valid @RequestBody Change change) {
        return staff.disable(CurrentCaller.get(), TenantCode.of(code), username, change.reason());
    }

    @PostMapping("/{username}/enabling")
    Member enable(@PathVariable String code, @PathVariable String username, @Valid @RequestBody Change change) {
        return staff.enable(CurrentCaller.get(), TenantCode.of(code), username, change.reason());
    }
}
