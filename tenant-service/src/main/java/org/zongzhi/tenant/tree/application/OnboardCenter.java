package org.zongzhi.tenant.tree.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Bringing a planned center onto the platform.
 *
 * @param displayName the name on the center's plate, e.g. 韩店街道综治中心
 * @param openedOn the day the plate went up (挂牌)
 * @param adminUsername the sign-in name of the center's first admin
 */
public record OnboardCenter(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 200) String address,
        @NotNull @PastOrPresent LocalDate openedOn,

        @NotBlank
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{2,49}",
                message = "must be 3 to 50 lower-case letters, digits, '.', '_' or '-'")
        String adminUsername,

        @NotBlank @Size(max = 100) String adminFullName) {}
