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
 * @param adminFullName the first admin's name as one field, e.g. 王建国
 * @param adminPhone the first admin's phone (mobile, or a landline with its area code), optional
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

        @NotBlank
        @Pattern(
                regexp = "[\\p{IsHan}·]{2,20}",
                message = "must be one Chinese name of 2 to 20 characters (· between the parts of a name is allowed)")
        String adminFullName,

        @Pattern(
                regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}",
                message = "must be an 11-digit mobile number or a landline with its area code, e.g. 0355-1234567")
        String adminPhone) {}
