package org.zongzhi.tenant.staff.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A new staff member of a center.
 *
 * @param username the sign-in name, e.g. wang.li
 * @param fullName the person's name as one field, e.g. 王丽
 * @param phone a mobile or a landline with its area code, optional; kept in the center's history
 * @param role one of {@link org.zongzhi.tenant.staff.domain.StaffPolicy#STAFF_ROLES}
 */
public record AddStaff(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{2,49}",
                message = "must be 3 to 50 lower-case letters, digits, '.', '_' or '-'")
        String username,

        @NotBlank
        @Pattern(
                regexp = "[\\p{IsHan}·]{2,20}",
                message = "must be one Chinese name of 2 to 20 characters (· between the parts of a name is allowed)")
        String fullName,

        @Pattern(
                regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}",
                message = "must be an 11-digit mobile number or a landline with its area code, e.g. 0355-1234567")
        String phone,

        @NotBlank String role) {}
