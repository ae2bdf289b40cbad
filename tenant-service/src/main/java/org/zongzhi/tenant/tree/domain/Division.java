package org.zongzhi.tenant.tree.domain;

import org.zongzhi.platform.tenancy.TenantCode;

/** One row of a division file ({@code code,name,level,parent_code}), checked before it enters the tree. */
public record Division(TenantCode code, String name, TenantCode parent) {

    /** Parses a line; the message of the exception says what is wrong with it. */
    public static Division parse(String line) {
        String[] columns = line.strip().split(",", -1);
        if (columns.length != 4) {
            throw new IllegalArgumentException(
                    "expected 4 columns (code,name,level,parent_code), got " + columns.length);
        }
        TenantCode code = TenantCode.of(columns[0].strip());
        String name = columns[1].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
        if (!code.level().name().equals(columns[2].strip())) {
            throw new IllegalArgumentException(
                    "division " + code + " is a " + code.level() + " by its code, not a " + columns[2].strip());
        }
        String parentColumn = columns[3].strip();
        TenantCode parent = parentColumn.isEmpty() ? null : TenantCode.of(parentColumn);
        TenantCode expected =
                code.ancestors().isEmpty() ? null : code.ancestors().getLast();
        if (expected == null ? parent != null : !expected.equals(parent)) {
            throw new IllegalArgumentException(
                    "division " + code + " must have parent " + expected + " (its code's prefix), not " + parent);
        }
        return new Division(code, name, parent);
    }
}
